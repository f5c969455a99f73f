package org.decisionguide.render.view;

import java.util.List;

/**
 * One article.
 *
 * @param bodyHtml    rendered and sanitized Markdown; the only value a template prints without escaping
 * @param lastUpdated formatted date of the last substantive change (`updated`, else `date`)
 * @param toc         "On this page": the body's `##` and `###` headings
 * @param previous    the article before this one in guide order, or null; {@code next} likewise
 * @param editUrl     where to edit the source file, or null when the site has no repository configured
 * @param draft       true only in the live preview, which shows drafts with a banner
 * @param contentLang the language of the text when it differs from the page's (a fallback), else null
 * @param notice      a missing-translation or stale-translation notice, or null
 * @param facts       when the facts were checked, and the notices when that is too long ago, or null without a date
 */
public record ArticlePage(Head head, String title, String date, String isoDate, String lastUpdated, String isoUpdated,
                          String summary, String bodyHtml, String verdict, Source source, List<TermEntry.Link> tags,
                          List<TermEntry> terms, List<TocEntry> toc, List<TermEntry.Link> breadcrumbs, ArticleCard previous,
                          ArticleCard next, String editUrl, boolean draft, String contentLang, Notice notice,
                          Facts facts) implements PageView {

    public ArticlePage {
        tags = List.copyOf(tags);
        terms = List.copyOf(terms);
        toc = List.copyOf(toc);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** The cited reference; {@code author} may be null. */
    public record Source(String title, String url, String author) {}

    /**
     * A notice above the article: {@code kind} is "missing" (the original shown instead) or "stale" (the original
     * changed since; {@code sections} names what changed). The link goes to how to help, or to the original.
     */
    public record Notice(String kind, String text, String linkText, String linkUrl, String linkLang, List<String> sections) {
        public Notice {
            sections = List.copyOf(sections);
        }
    }

    /**
     * "Facts checked on …" under the title, and the notices a reader needs when that holds no longer.
     *
     * @param checked     the original's review date, formatted for the page language; {@code isoChecked} as YYYY-MM-DD
     * @param overdue     the notice that the facts are due for a check, or null
     * @param expired     the notice that some dated claims may be out of date, or null
     */
    public record Facts(String checked, String isoChecked, String overdue, String expired) {
        public boolean hasNotice() {
            return overdue != null || expired != null;
        }
    }

    /** A heading of the body: its anchor and text; {@code level} is 2 or 3. */
    public record TocEntry(String id, String text, int level) {}
}
