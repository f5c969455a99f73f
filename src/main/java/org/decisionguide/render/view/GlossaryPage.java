package org.decisionguide.render.view;

import java.util.List;

/** {@code /<lang>/glossary/}: terms in the language's alphabetical order, grouped by letter, with a letter index. */
public record GlossaryPage(Head head, int count, List<Letter> letters) implements PageView {

    public GlossaryPage {
        letters = List.copyOf(letters);
    }

    /** One letter of the index ("Ch" is a letter in Czech, "Ł" in Polish) and its entries. */
    public record Letter(String label, String anchor, List<TermEntry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }
}
