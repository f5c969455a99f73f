package org.decisionguide.render.view;

import java.util.List;

/**
 * {@code /<lang>/search/}: the search form, and every page the search covers as an A–Z list, which is the page's
 * content without JavaScript and the list the search index is built from.
 *
 * @param indexUrl the language's search index (fetched by search.js)
 * @param count    how many entries the list has
 */
public record SearchPage(Head head, String indexUrl, int count, List<Letter> letters) implements PageView {

    public SearchPage {
        letters = List.copyOf(letters);
    }

    /** One letter of the language's alphabet and its entries. */
    public record Letter(String label, String anchor, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One searchable page.
     *
     * @param key  stable identity ("article:evals-first", "term:rag", "outcome:fix-evals", "checklist")
     * @param kind article, term, outcome or checklist
     * @param lang the entry's language when it differs from the page's (an untranslated original), else null
     */
    public record Entry(String key, String kind, String kindLabel, String title, String url, String lang) {}
}
