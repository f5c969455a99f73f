package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A translated article should use the term its language's practitioners use. Warns where a non-source-language
 * article writes the source-language term although the glossary has an agreed local one (unless the local entry
 * lists the source-language word as an alias: then it is accepted usage). Code and link targets are ignored.
 */
public final class LocalTermLint {
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

    private LocalTermLint() {}

    public static List<Problem> check(Site site) {
        String source = site.config().sourceLanguage();
        List<Problem> out = new ArrayList<>();
        for (Article a : site.articles()) {
            if (a.lang().equals(source)) continue;
            for (Term t : site.glossary()) {
                TermText foreign = t.texts().get(source);
                TermText local = t.texts().get(a.lang());
                if (foreign == null || local == null) continue;
                Set<String> accepted = local.forms().stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                List<String> suspects = foreign.forms().stream()
                        .filter(f -> !accepted.contains(f.toLowerCase(Locale.ROOT)))
                        .toList();
                if (suspects.isEmpty()) continue;
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + suspects.stream().map(Pattern::quote)
                        .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                findFirst(a, p).ifPresent(hit -> out.add(Problem.warning(a.file(), hit.line, "uses the " + source + " term \""
                        + hit.text + "\" where the glossary has the " + a.lang() + " term \"" + local.term() + "\"",
                        "write \"" + local.term() + "\" (in the right case), or add \"" + hit.text + "\" to the " + a.lang()
                                + " aliases in " + t.file() + " if practitioners really say it")));
            }
        }
        return out;
    }

    private record Hit(int line, String text) {}

    private static java.util.Optional<Hit> findFirst(Article a, Pattern p) {
        String[] lines = a.body().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ")) continue;
            String prose = LINK_TARGET.matcher(CODE_SPAN.matcher(line).replaceAll(" ")).replaceAll("]");
            Matcher m = p.matcher(prose);
            if (m.find()) return java.util.Optional.of(new Hit(a.bodyLine() + i, m.group()));
        }
        return java.util.Optional.empty();
    }
}
