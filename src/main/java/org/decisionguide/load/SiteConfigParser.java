package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.FreshnessPolicy;
import org.decisionguide.model.Language;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Text of {@code site.yaml} → {@link SiteConfig}. Pure: no file system. */
public final class SiteConfigParser {

    public static final Path FILE = Path.of("site.yaml");
    private static final Set<String> KEYS = Set.of("base_url", "source_language", "output", "strict", "languages", "edit_url", "review_interval_days");
    private static final Set<String> LANGUAGE_KEYS = Set.of("code", "name", "title", "locale");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Pattern OUTPUT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    private SiteConfigParser() {}

    public static Result<SiteConfig> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Fields f = Fields.open(FILE, text, problems, "site.yaml must be a map of settings", "see CONTRIBUTING.md for the keys");
        if (f == null) return Result.of(null, problems);
        JsonNode root = f.root();
        f.onlyKeys(root, "", KEYS);
        String baseUrl = f.requiredString(root, "", "base_url", "the address the site is published at, e.g. https://example.org/guide");
        if (baseUrl != null && !(baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
            f.error("/base_url", "base_url must be an absolute http(s) address: " + baseUrl, "write e.g. https://example.org");
            baseUrl = null;
        }
        if (baseUrl != null) {
            try {
                URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                f.error("/base_url", "base_url is not a valid address: " + baseUrl, "write e.g. https://example.org");
                baseUrl = null;
            }
        }
        String output = f.optionalString(root, "", "output", "a folder name such as `public`");
        if (output == null) output = "public";
        if (!OUTPUT.matcher(output).matches()) {
            f.error("/output", "output must be a plain folder name inside the project: " + output, "write e.g. `public`");
        }
        boolean strict = f.optionalBoolean(root, "", "strict");
        String editUrl = f.optionalString(root, "", "edit_url", "the repository's edit address ending in /, e.g. https://github.com/org/repo/edit/main/");
        if (editUrl != null && (!editUrl.startsWith("https://") || !editUrl.endsWith("/"))) {
            f.error("/edit_url", "edit_url must be an https:// address ending in /", "write e.g. https://github.com/org/repo/edit/main/");
            editUrl = null;
        }
        Integer interval = f.optionalInt(root, "", "review_interval_days");
        if (interval != null && interval < 1) {
            f.error("/review_interval_days", "review_interval_days must be at least 1 day, not " + interval,
                    "write how many days a review of an article's facts holds, e.g. `review_interval_days: 180`");
        }
        List<Language> languages = languages(f, root);
        String source = f.requiredString(root, "", "source_language", "the code of the language articles are written in first");
        if (source != null && languages.stream().noneMatch(l -> l.code().equals(source))) {
            f.error("/source_language", "source_language \"" + source + "\" is not one of the languages",
                    "use one of: " + String.join(", ", languages.stream().map(Language::code).toList()));
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.of(null, problems);
        // Today is not in the file: the pipeline sets the build's date (SOURCE_DATE_EPOCH or the clock).
        FreshnessPolicy freshness = new FreshnessPolicy(interval != null ? interval : FreshnessPolicy.DEFAULT_INTERVAL_DAYS,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), false);
        return Result.of(SiteConfig.of(baseUrl, languages, source, output, strict, editUrl, freshness), problems);
    }

    private static List<Language> languages(Fields f, JsonNode root) {
        JsonNode list = root.get("languages");
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.error("/languages", "languages must be a non-empty list",
                    "add `languages:` with one `- code: en` / `name:` / `title:` entry per language");
            return List.of();
        }
        List<Language> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "/languages/" + i;
            JsonNode l = list.get(i);
            if (!l.isObject()) {
                f.error(p, "each language must be a map", "write `- code: cs`, `name: Čeština`, `title: ...`");
                continue;
            }
            f.onlyKeys(l, p, LANGUAGE_KEYS);
            String code = f.requiredString(l, p, "code", "a language code such as `cs`");
            String name = f.requiredString(l, p, "name", "the language's name in itself, e.g. Čeština");
            String title = f.requiredString(l, p, "title", "the site title in this language");
            String locale = f.optionalString(l, p, "locale", "language and region, e.g. cs-CZ");
            if (code != null && !CODE.matcher(code).matches()) {
                f.error(p + "/code", "\"" + code + "\" is not a language code", "use a BCP 47 code such as `cs` or `pt-BR`");
            } else if (code != null && !seen.add(code)) {
                f.error(p + "/code", "language \"" + code + "\" is listed twice", "remove the second entry");
            } else if (code != null && name != null && title != null) {
                out.add(new Language(code, name, title, locale));
            }
        }
        return out;
    }
}
