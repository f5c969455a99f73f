package org.decisionguide.render;

import java.util.Set;

/**
 * What a page shows of the articles, so that the live preview can tell whether an edit of some articles
 * reaches it without rendering it.
 *
 * @param article  the article the page is about (its page, a language's fallback copy of it, a redirect to it), or null
 * @param mentions articles whose title or summary the page shows (lists, previous/next, term links, tree outcomes), as
 *                 "lang/id" of the version shown
 * @param tag      the tag ("lang/tag") whose articles the page lists, or null
 * @param list     the page shows something of every article that any edit may change (translation states)
 */
public record Reach(String article, Set<String> mentions, String tag, boolean list) {

    /** A page that shows nothing of any article (language chooser, 404). */
    public static final Reach NONE = new Reach(null, Set.of(), null, false);
    /** A page that any edit of an article may change. */
    public static final Reach ANY = new Reach(null, Set.of(), null, true);

    /** A page that shows the titles of these articles. */
    public static Reach mentioning(Set<String> articles) {
        return new Reach(null, articles, null, false);
    }

    public Reach {
        mentions = Set.copyOf(mentions);
    }
}
