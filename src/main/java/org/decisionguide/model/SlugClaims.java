package org.decisionguide.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who keeps an address two articles of one language both claim: the one that had it first (the earlier
 * {@code date}, then the file name), since readers may already have shared it. The validator blames the newer one;
 * the renderer leaves it out, so the established page is built as it was.
 */
public final class SlugClaims {

    private static final Comparator<Article> ESTABLISHED = Comparator
            .comparing((Article a) -> a.meta().date())
            .thenComparing(a -> a.file().toString());

    private SlugClaims() {}

    /** Each article whose slug an earlier article of its language already has, mapped to that article; in file order. */
    public static Map<Article, Article> displaced(List<Article> articles) {
        Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        for (Article a : articles) bySlug.computeIfAbsent(a.lang() + "/" + a.slug(), s -> new ArrayList<>()).add(a);
        Map<Article, Article> out = new IdentityHashMap<>();
        for (List<Article> same : bySlug.values()) {
            if (same.size() < 2) continue;
            List<Article> byAge = same.stream().sorted(ESTABLISHED).toList();
            for (Article newer : byAge.subList(1, byAge.size())) out.put(newer, byAge.get(0));
        }
        return out;
    }
}
