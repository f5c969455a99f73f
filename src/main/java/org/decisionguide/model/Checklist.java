package org.decisionguide.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The pre-tuning checklist's structure ({@code content/checklist/checklist.yaml}), the same in every language.
 *
 */
public record Checklist(Path file, List<Section> sections, KeyLines lineOf) {

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

    /**
     * One thing to tick; {@code must} items decide the verdict.
     *
     * @param ticked   decision-tree answers ({@code <question>-<answer>}) the item implies when ticked
     * @param unticked answers it implies when not ticked (a missing condition that decides a question)
     */
    public record Item(String id, boolean must, List<String> articles, List<String> terms, List<String> ticked,
                       List<String> unticked, int line) {
        public Item {
            articles = List.copyOf(articles);
            terms = List.copyOf(terms);
            ticked = List.copyOf(ticked);
            unticked = List.copyOf(unticked);
        }
    }
}
