package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
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
        List<Problem> out = new ArrayList<>();
        ArticleIndex index = ArticleIndex.of(site);
        Set<String> ids = new LinkedHashSet<>();
        site.articles().stream().filter(a -> !a.meta().draft()).forEach(a -> ids.add(a.id()));
        for (String id : ids) {
            List<Article> have = index.translations(id).stream().filter(a -> !a.meta().draft()).toList();
            Article from = have.stream().filter(a -> a.lang().equals(site.config().sourceLanguage())).findFirst()
                    .orElse(have.get(0));
            for (String lang : site.config().languageCodes()) {
                if (have.stream().noneMatch(a -> a.lang().equals(lang)) && !site.isUnreadable(lang, id)) {
                    Path missing = Path.of("content", lang, "articles", id + ".md");
                    out.add(new Problem(missing, 0, severity, "missing translation: article \"" + id + "\" has no "
                            + lang + " version", "translate " + from.file() + " into " + missing));
                }
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
}
