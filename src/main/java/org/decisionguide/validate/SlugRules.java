package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.SlugClaims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two articles of one language must not share a URL; the newer one is told to move ({@link SlugClaims}). */
public final class SlugRules {

    private SlugRules() {}

    public static List<Problem> check(Site site) {
        Map<Article, Article> displaced = SlugClaims.displaced(site.articles());
        Set<String> taken = new HashSet<>();
        site.articles().forEach(a -> taken.add(a.lang() + "/" + a.slug()));
        List<Problem> out = new ArrayList<>();
        for (Article a : site.articles()) {
            if (displaced.containsKey(a)) out.add(collision(a, displaced.get(a), taken));
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
        if (!taken.contains(newer.lang() + "/" + newer.id())) return newer.id();
        for (int n = 2; n < 100; n++) {
            String s = newer.slug() + "-" + n;
            if (!taken.contains(newer.lang() + "/" + s)) return s;
        }
        return null;
    }
}
