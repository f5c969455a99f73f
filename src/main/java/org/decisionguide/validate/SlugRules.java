package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two articles of one language must not share a URL. The article that had the address first (the earlier
 * {@code date}, then the file name) keeps it: its address may already be shared, so the newer one is told to move.
 */
public final class SlugRules {

    /** Who had an address first: the earlier date, then the path (deterministic when both were written the same day). */
    private static final Comparator<Article> ESTABLISHED = Comparator
            .comparing((Article a) -> a.meta().date())
            .thenComparing(a -> a.file().toString());

    private SlugRules() {}

    public static List<Problem> check(Site site) {
        List<Problem> out = new ArrayList<>();
        for (String lang : site.config().languageCodes()) {
            Map<String, List<Article>> bySlug = new LinkedHashMap<>();
            for (Article a : site.articles()) {
                if (a.lang().equals(lang)) bySlug.computeIfAbsent(a.slug(), s -> new ArrayList<>()).add(a);
            }
            Set<String> taken = bySlug.keySet();
            for (List<Article> same : bySlug.values()) {
                if (same.size() < 2) continue;
                List<Article> byAge = same.stream().sorted(ESTABLISHED).toList();
                Article first = byAge.get(0);
                for (Article newer : byAge.subList(1, byAge.size())) out.add(collision(newer, first, taken));
            }
        }
        return out;
    }

    private static Problem collision(Article newer, Article first, Set<String> taken) {
        boolean written = newer.meta().slug() != null;
        int line = newer.lineOf().of(written ? "/slug" : "/title");
        String free = free(newer, taken);
        String how = written ? "change this article's `slug:`" : "add a `slug:` to this article";
        return Problem.error(newer.file(), line, "slug \"" + newer.slug() + "\"" + (written ? "" : " (from the file name)")
                        + " is already the address of " + first.file() + " (dated " + first.meta().date() + ")",
                how + (free == null ? "" : ", e.g. `slug: " + free + "`")
                        + "; the older article keeps its address, which readers may already have shared");
    }

    /** A slug the newer article could take: its id or the slug with a number, whichever no article of its language uses. */
    private static String free(Article newer, Set<String> taken) {
        if (!taken.contains(newer.id())) return newer.id();
        for (int n = 2; n < 100; n++) {
            String s = newer.slug() + "-" + n;
            if (!taken.contains(s)) return s;
        }
        return null;
    }
}
