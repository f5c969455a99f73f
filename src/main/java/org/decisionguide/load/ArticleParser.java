package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.Article;
import org.decisionguide.model.FrontMatter;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.KeyLines;
import org.decisionguide.model.Outline;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SourceRef;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Text of {@code content/<lang>/articles/<id>.md} → {@link Article}. Pure: no file system. */
public final class ArticleParser {

    public static final Set<String> ALLOWED_KEYS = Set.of("title", "date", "summary", "verdict", "source",
            "slug", "terms", "tags", "order", "updated", "draft", "source_lang", "translated_from", "aliases", "needs_translation",
            "reviewed", "review_interval_days");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "url", "author");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final MarkupEngine ENGINE = registeredEngine();
    private static final Markdown MARKDOWN = new Markdown();

    private ArticleParser() {}

    private static MarkupEngine registeredEngine() {
        Engines.register("md", new FrontMatterEngine());
        return (MarkupEngine) Engines.get("md");
    }

    public static Result<Article> parse(Path file, String lang, String id, String text) {
        return parse(file, lang, id, text, MARKDOWN);
    }

    public static Result<Article> parse(Path file, String lang, String id, String text, Markdown markdown) {
        List<Problem> problems = new ArrayList<>();
        // A one-character split skips the regular-expression engine; CRLF is folded first.
        ParserContext ctx = new ParserContext(file.toFile(), List.of(text.replace("\r\n", "\n").split("\n", -1)), null, true);
        ENGINE.processHeader(ctx);
        ENGINE.processBody(ctx);
        if (ctx.getDocumentModel().get(FrontMatterEngine.ERROR) instanceof YamlError e) {
            problems.add(Problem.error(file, e.line(), e.getMessage(), e.fix()));
            return Result.of(null, problems);
        }
        FrontMatterSplitter.Split split = (FrontMatterSplitter.Split) ctx.getDocumentModel().get(FrontMatterEngine.SPLIT);
        YamlDoc doc;
        try {
            doc = SafeYaml.parse(split.yaml());
        } catch (YamlError e) {
            int line = e.line() > 0 ? e.line() + split.yamlLine() - 1 : 1;
            problems.add(Problem.error(file, line, "front matter: " + e.getMessage(), e.fix()));
            return Result.of(null, problems);
        }
        KeyLines lines = new KeyLines(split.yamlLine() - 1, doc.lines().lines());
        JsonNode root = doc.root();
        Fields f = new Fields(file, lines, problems);
        if (!root.isObject()) {
            f.error("", "the front matter must be a map of fields, not " + Fields.kind(root),
                    "write one `key: value` per line (title, date, summary, verdict, source)");
            return Result.of(null, problems);
        }
        f.onlyKeys(root, "", ALLOWED_KEYS);
        String title = f.requiredString(root, "", "title", "the article's title");
        LocalDate date = f.date(root, "", "date", true);
        String summary = f.requiredString(root, "", "summary", "one sentence (it is also the meta description)");
        String verdict = f.requiredString(root, "", "verdict", "a short paragraph with the bottom line");
        SourceRef source = source(f, root);
        String slug = f.optionalString(root, "", "slug", "a URL segment such as `evals-first`");
        if (slug != null && !SLUG.matcher(slug).matches()) {
            f.error("/slug", "slug \"" + slug + "\" is not a clean URL segment",
                    "use lower-case ASCII letters, digits and single hyphens, e.g. `evaly-na-prvnim-miste`");
            slug = null;
        }
        List<String> terms = f.stringList(root, "", "terms", "a glossary id");
        List<String> tags = f.stringList(root, "", "tags", "a tag");
        Integer order = f.optionalInt(root, "", "order");
        LocalDate updated = f.date(root, "", "updated", false);
        LocalDate reviewed = f.date(root, "", "reviewed", false); // required on originals: the validator knows which
        Integer reviewInterval = f.optionalInt(root, "", "review_interval_days");
        if (reviewInterval != null && reviewInterval < 1) {
            f.error("/review_interval_days", "review_interval_days must be at least 1 day, not " + reviewInterval,
                    "write how many days a review of this article's facts holds, e.g. `review_interval_days: 90`");
        }
        boolean draft = f.optionalBoolean(root, "", "draft");
        String sourceLang = f.optionalString(root, "", "source_lang", "a language code such as `en`");
        Map<String, String> translatedFrom = translatedFrom(f, root);
        boolean needsTranslation = f.optionalBoolean(root, "", "needs_translation");
        List<String> aliases = f.stringList(root, "", "aliases", "an old address such as /en/articles/old-slug/");
        for (int i = 0; i < aliases.size(); i++) {
            if (!aliases.get(i).matches("/[a-z]{2,3}(?:-[A-Za-z0-9]+)?/(?:[a-z0-9-]+/)+")) {
                f.error("/aliases/" + i, "alias \"" + aliases.get(i) + "\" is not an old address of this site",
                        "write the old path as it appeared, e.g. /en/articles/old-slug/ (with the slashes)");
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return Result.of(null, problems);
        }
        FrontMatter meta = new FrontMatter(title, date, summary, verdict, source, slug, terms, tags, order,
                updated, draft, sourceLang, translatedFrom, aliases, needsTranslation, reviewed, reviewInterval);
        Outline outline = markdown.outline(markdown.parse(split.body()), split.bodyLine());
        for (Outline.BadClaim bad : outline.badClaims()) {
            problems.add(Problem.error(file, bad.line(), bad.message(), org.decisionguide.markdown.ClaimSyntax.FIX));
        }
        return Result.of(new Article(id, lang, file, meta, split.body(), split.bodyLine(), lines, outline), problems);
    }

    private static SourceRef source(Fields f, JsonNode root) {
        JsonNode s = f.map(root, "", "source", true, "`title:` and `url:` (and optionally `author:`) of the cited reference");
        if (s == null) return null;
        f.onlyKeys(s, "/source", SOURCE_KEYS);
        String title = f.requiredString(s, "/source", "title", "the cited reference's title");
        String url = f.requiredString(s, "/source", "url", "the reference's https:// address");
        // https only: readers follow the source from a page served over https, and a plain-http link can be altered on the way.
        if (url != null && url.startsWith("http://")) {
            f.error("/source/url", "source url must be an https:// address: " + url,
                    "write https://" + url.substring("http://".length()) + " if the site serves it; if it does not, cite an archived copy "
                            + "(https://web.archive.org/web/" + url + ")");
        } else if (url != null && !url.startsWith("https://")) {
            f.error("/source/url", "source url must be an https:// address: " + url, "write the full https:// address");
        } else if (url != null) {
            try {
                new java.net.URI(url).toURL();
            } catch (Exception e) {
                f.error("/source/url", "source url is not a valid address: " + url, "percent-encode spaces, quotes and angle brackets (%20, %22, %3C, %3E)");
            }
        }
        String author = f.optionalString(s, "/source", "author", "the author's name");
        return new SourceRef(title, url, author);
    }

    private static Map<String, String> translatedFrom(Fields f, JsonNode root) {
        JsonNode t = f.map(root, "", "translated_from", false, "section hashes written by `./guide translate`");
        Map<String, String> out = new LinkedHashMap<>();
        if (t != null) t.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
