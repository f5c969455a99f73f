package org.decisionguide.render.view;

import java.util.List;

/**
 * {@code /<lang>/checklist/}: a real form of checkboxes, grouped in fieldsets. Counts and totals are for the
 * CSS counter (no JavaScript) and the script (remembered state, verdict, share link, export).
 *
 * @param decideUrl   the decision tree's first question (without the script the page cannot read the ticks), or null
 * @param treeUrl     the tree's structure as JSON, for the script that follows the ticks into the tree, or null
 * @param recordUrl   the checklist as a Markdown file with empty boxes (the script fills in the ticks)
 */
public record ChecklistPage(Head head, List<Section> sections, int total, int mustTotal, String decideUrl, String treeUrl,
                            String recordUrl, String recordName) implements PageView {

    public ChecklistPage {
        sections = List.copyOf(sections);
    }

    public record Section(String id, String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One checkbox; {@code links} explain the item (articles first, then glossary terms).
     *
     * @param ticked   the tree answers the item implies when ticked, space-separated (for the script), or empty
     * @param unticked the answers it implies when not ticked, space-separated, or empty
     */
    public record Item(String id, String label, String why, boolean must, List<TermEntry.Link> links, String ticked, String unticked) {
        public Item {
            links = List.copyOf(links);
        }
    }
}
