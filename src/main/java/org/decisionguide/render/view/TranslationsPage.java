package org.decisionguide.render.view;

import java.util.List;

/**
 * {@code /<lang>/translations/}: every article × language with its state, and the freshness of each article's
 * facts, for contributors. The same data as {@code ./guide status}.
 */
public record TranslationsPage(Head head, List<String> languages, List<Row> rows, int ok, int stale, int missing,
                               int overdue, int expired) implements PageView {

    public TranslationsPage {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    public record Row(String title, String titleLang, List<Cell> cells, Facts facts) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * An article's facts: when its original was checked and until when that holds (formatted, with ISO dates for
     * {@code <time>}), {@code state} "ok", "soon" (within 30 days) or "overdue" with its label, and how many dated
     * claims have expired. The dates are null when the original has no review date.
     */
    public record Facts(String reviewed, String isoReviewed, String due, String isoDue, String state, String label, int expired) {}

    /** One language of one article: {@code state} is source, ok, stale or missing; {@code detail} names changed sections. */
    public record Cell(String lang, String state, String label, String url, String detail) {}
}
