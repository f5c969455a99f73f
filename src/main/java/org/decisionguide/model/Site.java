package org.decisionguide.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Everything loaded from the site source: the input of validate and render. */
public record Site(SiteConfig config, List<Article> articles, Map<String, UiStrings> ui) {

    /** Guide order: {@code order} first (articles without one last), then date, then id. */
    public static final Comparator<Article> GUIDE_ORDER = Comparator
            .comparing((Article a) -> a.meta().order() == null ? Integer.MAX_VALUE : a.meta().order())
            .thenComparing(a -> a.meta().date())
            .thenComparing(Article::id);

    public Site {
        articles = List.copyOf(articles);
        ui = Map.copyOf(ui);
    }

    public List<Article> articlesIn(String lang) {
        return articles.stream().filter(a -> a.lang().equals(lang)).sorted(GUIDE_ORDER).toList();
    }

    public Site withConfig(SiteConfig c) {
        return new Site(c, articles, ui);
    }

    public Site withArticles(List<Article> a) {
        return new Site(config, a, ui);
    }
}
