package org.decisionguide.render.view;

import java.util.List;

/**
 * One article.
 *
 * @param bodyHtml rendered and sanitized Markdown; the only value a template prints without escaping
 * @param updated  formatted date of the last substantive change, or null
 */
public record ArticlePage(Head head, String title, String date, String isoDate, String updated, String isoUpdated,
                          String summary, String bodyHtml, String verdict, Source source, List<String> tags,
                          List<TermEntry> terms) {

    public ArticlePage {
        tags = List.copyOf(tags);
        terms = List.copyOf(terms);
    }

    /** The cited reference; {@code author} may be null. */
    public record Source(String title, String url, String author) {}
}
