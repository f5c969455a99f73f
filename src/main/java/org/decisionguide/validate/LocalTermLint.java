package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
        return check(site, site.articles());
    }

    /**
     * The lint of some of the site's articles. An article's warnings depend on nothing but its own text and the
     * glossary, so the live preview lints only the articles an edit changed.
     */
    public static List<Problem> check(Site site, java.util.Collection<Article> articles) {
        String source = site.config().sourceLanguage();
        List<Problem> out = new ArrayList<>();
        // One pattern per term and language, compiled once: the lint runs over every article on every build.
        Map<String, List<Suspect>> byLang = new HashMap<>();
        for (Article a : articles) {
            if (a.lang().equals(source) || a.meta().needsTranslation()) continue; // a scaffold is the original's text until translated
            List<Suspect> suspects = byLang.computeIfAbsent(a.lang(), lang -> suspects(site, source, lang));
            if (suspects.isEmpty()) continue;
            String prose = prose(a.body());
            String lower = prose.toLowerCase(Locale.ROOT);
            for (Suspect s : suspects) {
                if (s.lowerForms().stream().noneMatch(lower::contains)) continue; // cheap test before the regex
                Matcher m = s.pattern().matcher(prose);
                if (!m.find()) continue;
                int line = a.bodyLine() + (int) prose.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                out.add(Problem.warning(a.file(), line, "uses the " + source + " term \"" + m.group()
                                + "\" where the glossary has the " + a.lang() + " term \"" + s.local() + "\"",
                        "write \"" + s.local() + "\" (in the right case), or add \"" + m.group() + "\" to the " + a.lang()
                                + " aliases in " + s.file() + " if practitioners really say it"));
            }
        }
        return out;
    }

    private record Suspect(Pattern pattern, List<String> lowerForms, String local, java.nio.file.Path file) {}

    private static List<Suspect> suspects(Site site, String source, String lang) {
        List<Suspect> out = new ArrayList<>();
        for (Term t : site.glossary()) {
            TermText foreign = t.texts().get(source);
            TermText local = t.texts().get(lang);
            if (foreign == null || local == null) continue;
            Set<String> accepted = local.forms().stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> forms = foreign.forms().stream().filter(f -> !accepted.contains(f.toLowerCase(Locale.ROOT))).toList();
            if (forms.isEmpty()) continue;
            out.add(new Suspect(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + forms.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList(), local.term(), t.file()));
        }
        return out;
    }

    /** The body with code (fenced, indented, inline) and link targets blanked out, line breaks kept. */
    private static String prose(String body) {
        String[] lines = body.split("\n", -1);
        StringBuilder b = new StringBuilder(body.length());
        boolean fenced = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && !line.startsWith("    ")) {
                b.append(LINK_TARGET.matcher(CODE_SPAN.matcher(line).replaceAll(" ")).replaceAll("]"));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
