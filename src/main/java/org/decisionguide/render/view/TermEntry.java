package org.decisionguide.render.view;

import java.util.List;

/**
 * A glossary term as shown in one language: on the glossary page, and in an article's "terms used".
 *
 * @param lang           language of the text: the page's own, or the source language as a fallback
 * @param definitionHtml sanitized inline Markdown
 * @param url            the entry on the glossary page of the page's language
 */
public record TermEntry(String id, String lang, String term, String abbr, String definitionHtml, String url,
                        List<Link> see, List<Link> articles, List<LanguageLink> languages) {

    public TermEntry {
        see = List.copyOf(see);
        articles = List.copyOf(articles);
        languages = List.copyOf(languages);
    }

    /** A labelled link; {@code hreflang} is set when it leads to another language (a translation not yet written). */
    public record Link(String label, String url, String hreflang) {
        public Link(String label, String url) {
            this(label, url, null);
        }
    }
}
