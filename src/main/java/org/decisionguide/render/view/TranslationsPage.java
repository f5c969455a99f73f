package org.decisionguide.render.view;

import java.util.List;

/** {@code /<lang>/translations/}: every article × language with its state, for contributors. */
public record TranslationsPage(Head head, List<String> languages, List<Row> rows, int ok, int stale, int missing) implements PageView {

    public TranslationsPage {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    public record Row(String title, String titleLang, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One language of one article: {@code state} is source, ok, stale or missing; {@code detail} names changed sections. */
    public record Cell(String lang, String state, String label, String url, String detail) {}
}
