package org.decisionguide.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The pre-tuning checklist's structure ({@code content/checklist/checklist.yaml}), the same in every language.
 *
 * @param decidePath the decision-tree path (segments) a team with every must-have ticked is sent to, or null
 */
public record Checklist(Path file, List<Section> sections, String decidePath, KeyLines lineOf) {

    public Checklist {
        sections = List.copyOf(sections);
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** A group of items, shown as a fieldset. */
    public record Section(String id, List<Item> items, int line) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One thing to tick; {@code must} items decide the verdict. */
    public record Item(String id, boolean must, List<String> articles, List<String> terms, int line) {
        public Item {
            articles = List.copyOf(articles);
            terms = List.copyOf(terms);
        }
    }
}
