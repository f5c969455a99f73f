package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two articles of one language must not share a URL. */
public final class SlugRules {

    private SlugRules() {}

    public static List<Problem> check(Site site) {
        List<Problem> out = new ArrayList<>();
        for (String lang : site.config().languageCodes()) {
            Map<String, Article> first = new LinkedHashMap<>();
            for (Article a : site.articles()) {
                if (!a.lang().equals(lang)) continue;
                Article earlier = first.putIfAbsent(a.slug(), a);
                if (earlier != null) {
                    out.add(Problem.error(a.file(), a.lineOf().of("/slug"), "slug \"" + a.slug()
                                    + "\" is already used by " + earlier.file(),
                            "give this article its own `slug:` (each URL in a language must be unique)"));
                }
            }
        }
        return out;
    }
}
