package org.decisionguide.validate;

import org.decisionguide.model.Suggestions;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The glossary's references hold: {@code see} and {@code articles} name things that exist, every article's
 * {@code terms} are known ids, every term has every language (per the missing-translation policy), and no two
 * entries of one language share a term.
 */
public final class GlossaryRules {

    private GlossaryRules() {}

    public static List<Problem> check(Site site) {
        List<Problem> out = new ArrayList<>();
        Set<String> ids = site.glossary().stream().map(Term::id).collect(Collectors.toSet());
        List<String> sortedIds = ids.stream().sorted().toList();
        ArticleIndex articles = ArticleIndex.of(site);
        Severity missing = site.config().strict() ? Severity.ERROR : Severity.WARNING;
        for (Term t : site.glossary()) {
            for (int i = 0; i < t.see().size(); i++) {
                String ref = t.see().get(i);
                if (!ids.contains(ref)) out.add(unknownTerm(t.file(), t.lineOf().of("/see/" + i), ref, sortedIds));
                else if (ref.equals(t.id())) out.add(Problem.error(t.file(), t.lineOf().of("/see/" + i),
                        "the term lists itself under see", "remove \"" + ref + "\" from see"));
            }
            for (int i = 0; i < t.articles().size(); i++) {
                String ref = t.articles().get(i);
                if (articles.translations(ref).isEmpty()) {
                    List<String> known = site.articles().stream().map(Article::id).distinct().sorted().toList();
                    List<String> near = Suggestions.closest(ref, known);
                    out.add(Problem.error(t.file(), t.lineOf().of("/articles/" + i), "unknown article \"" + ref + "\" in articles",
                            near.isEmpty() ? "list only articles that exist (file names in content/<lang>/articles/, without .md)"
                                    : "did you mean " + String.join(" or ", near) + "?"));
                }
            }
            for (String lang : site.config().languageCodes()) {
                if (t.in(lang).isEmpty()) {
                    out.add(new Problem(t.file(), 1, missing, "missing translation: term \"" + t.id() + "\" has no " + lang + " text",
                            "add `" + lang + ":` with `term:` and `definition:` (readers see the " + site.config().sourceLanguage() + " text meanwhile)"));
                }
            }
        }
        for (String lang : site.config().languageCodes()) {
            Map<String, Term> seen = new HashMap<>();
            for (Term t : site.glossary()) {
                TermText text = t.texts().get(lang);
                if (text == null) continue;
                Term earlier = seen.putIfAbsent(text.term().toLowerCase(Locale.ROOT), t);
                if (earlier != null) {
                    out.add(Problem.error(t.file(), t.lineOf().of("/" + lang + "/term"), "the " + lang + " term \"" + text.term()
                            + "\" is already the term of " + earlier.file(), "merge the two entries or make the terms distinct"));
                }
            }
        }
        for (Article a : site.articles()) {
            for (int i = 0; i < a.meta().terms().size(); i++) {
                String ref = a.meta().terms().get(i);
                if (!ids.contains(ref)) out.add(unknownTerm(a.file(), a.lineOf().of("/terms/" + i), ref, sortedIds));
            }
        }
        return out;
    }

    private static Problem unknownTerm(java.nio.file.Path file, int line, String ref, List<String> ids) {
        List<String> near = Suggestions.closest(ref, ids);
        return Problem.error(file, line, "unknown glossary term \"" + ref + "\"", near.isEmpty()
                ? "use the id of a file in glossary/ (or add glossary/" + ref + ".yaml)"
                : "did you mean " + near.stream().map(n -> "\"" + n + "\" (glossary/" + n + ".yaml)").collect(Collectors.joining(" or ")) + "?");
    }
}
