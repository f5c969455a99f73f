package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Translations;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * The article pages a built site must have in a language, derived from its content: one per published article, at
 * the translation's slug, or at the original's slug where the translation is missing (the fallback page, which shows
 * the original's text). Site-level tests read their expectations from here instead of from today's articles.
 */
record ArticlePages(String path, Translations.Entry entry, Document page) {

    static List<ArticlePages> in(Fixtures.BuiltSite site, String lang) {
        return Translations.of(site.model()).stream().filter(e -> e.lang().equals(lang)).map(e -> {
            String slug = e.translation() != null ? e.translation().slug() : e.source().slug();
            String path = lang + "/articles/" + slug + "/index.html";
            Document d = site.pages().get(path);
            if (d == null) throw new AssertionError("no page " + path + " for article " + e.id() + " (" + e.state() + ")");
            return new ArticlePages(path, e, d);
        }).toList();
    }

    /** The page shows text written in its own language: an original or a translation, not a fallback. */
    boolean inItsLanguage() {
        return entry.state() != Translations.State.MISSING;
    }

    /** The language of the text the page shows. */
    String textLang() {
        return inItsLanguage() ? entry.lang() : entry.source().lang();
    }
}
