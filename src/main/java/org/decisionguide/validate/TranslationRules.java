package org.decisionguide.validate;

import org.decisionguide.model.Suggestions;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.decisionguide.model.UiStrings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The missing-translation policy, one rule for every kind of text: a warning naming what to translate (the
 * reader meets the page in the languages that have it), an error under {@code strict}.
 */
public final class TranslationRules {

    private TranslationRules() {}

    public static List<Problem> check(Site site) {
        Severity severity = site.config().strict() ? Severity.ERROR : Severity.WARNING;
        // A misnamed translation is one error here; without an original it has no entries below (Translations.source).
        List<Problem> out = new ArrayList<>(withoutOriginal(site));
        for (Translations.Entry e : Translations.of(site)) {
            Path file = Path.of("content", e.lang(), "articles", e.id() + ".md");
            if (e.state() == Translations.State.MISSING && !site.isUnreadable(e.lang(), e.id())) {
                boolean scaffold = e.translation() == null && site.articles().stream()
                        .anyMatch(a -> a.lang().equals(e.lang()) && a.id().equals(e.id()) && a.meta().needsTranslation());
                out.add(new Problem(file, 0, severity, "missing translation: article \"" + e.id() + "\" has no " + e.lang()
                        + " version" + (scaffold ? " yet (the file is still marked needs_translation)" : "")
                        + " (readers see the " + e.source().lang() + " original with a notice)",
                        scaffold ? "finish translating it and run ./guide translate --refresh " + e.id() + " " + e.lang()
                                : "run ./guide translate " + e.id() + " " + e.lang() + " and translate " + e.source().file()));
            } else if (e.state() == Translations.State.STALE) {
                out.add(Problem.warning(e.translation().file(), 0, "stale translation: the " + e.source().lang() + " original changed in "
                        + org.decisionguide.model.SectionHashes.describeAll(e.source(), e.changed()) + " since this was translated",
                        "update those sections, then run ./guide translate --refresh " + e.id() + " " + e.lang()));
            }
        }
        UiStrings source = site.ui().get(site.config().sourceLanguage());
        if (source != null) {
            for (UiStrings ui : site.ui().values()) {
                if (ui == source) continue;
                for (String key : source.messages().keySet()) {
                    if (!ui.messages().containsKey(key)) {
                        out.add(new Problem(ui.file(), 0, severity, "missing translation: message \"" + key + "\"",
                                "add `" + key + ":` under `messages:` (the " + source.lang() + " text is in "
                                        + source.file() + ":" + source.lineOf().of("/messages/" + key) + ")"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Translations whose original does not exist, most often a file name that differs from the original's (each
     * language's file is named by the article's id).
     */
    static List<Problem> withoutOriginal(Site site) {
        org.decisionguide.model.ArticleIndex index = org.decisionguide.model.ArticleIndex.of(site);
        List<Problem> out = new ArrayList<>();
        for (org.decisionguide.model.Article a : site.articles()) {
            if (!Translations.saysItIsATranslation(a)) continue; // an article only in one language is its own original
            String from = Translations.declaredSource(site, index, a.id());
            if (from.equals(a.lang()) || site.config().language(from).isEmpty()) continue;
            if (index.get(from, a.id()).isPresent() || site.isUnreadable(from, a.id())) continue;
            List<String> near = Suggestions.closest(a.id(), site.articles().stream().filter(o -> o.lang().equals(from))
                    .map(org.decisionguide.model.Article::id).distinct().toList());
            String pointer = a.meta().sourceLang() != null ? "/source_lang" : !a.meta().translatedFrom().isEmpty() ? "/translated_from" : "/title";
            String rename = near.isEmpty() ? "name the file like the " + from + " original (content/" + from + "/articles/<id>.md)"
                    : "did you mean " + near.get(0) + ".md? Rename the file to content/" + a.lang() + "/articles/" + near.get(0) + ".md";
            out.add(Problem.error(a.file(), a.lineOf().of(pointer), "translation without an original: there is no content/" + from
                            + "/articles/" + a.id() + ".md (a translation has the same file name as its original)",
                    rename + "; if this article was written in " + a.lang() + " first, set `source_lang: " + a.lang()
                            + "` and remove `translated_from`"));
        }
        return out;
    }
}
