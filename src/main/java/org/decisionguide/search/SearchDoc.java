package org.decisionguide.search;

import java.util.List;

/**
 * One result the search can return: a page, or a glossary term at its own anchor. Fields are plain text as the
 * reader sees it; ranking weighs them differently (title and names most, body least).
 *
 * @param key      stable identity across builds and languages ("article:evals-first", "term:rag", "outcome:fix-evals")
 * @param kind     article, term, outcome or checklist
 * @param url      root-relative URL, with the anchor for a term
 * @param names    other names the page answers to (a term's abbreviation and aliases), used as synonyms
 * @param headings section headings
 * @param lead     the verdict, summary or recommendation: what the page concludes
 * @param blocks   body paragraphs and list items, in order (snippets are cut from these)
 */
public record SearchDoc(String key, String kind, String url, String title, List<String> names, List<String> headings,
                        String lead, List<String> blocks) {
    public SearchDoc {
        names = List.copyOf(names);
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }
}
