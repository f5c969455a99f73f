package org.decisionguide.render.view;

import java.util.List;

/**
 * One step of the decision tree at {@code /<lang>/decide/<answers…>/}: a question with its answers as links
 * to the next step, or an outcome. Both show the answers so far with a "Change" link each.
 *
 * @param backUrl     the previous step, or null on the first question
 * @param diagramHtml the tree as an SVG drawn by the build (this page's path highlighted), or null
 * @param recordUrl   the decision record as a Markdown file (outcome pages only)
 * @param treeUrl     the tree's structure as JSON, for the script that keeps later answers on "Change"
 */
public record DecidePage(Head head, boolean outcome, String nodeId, String path, String heading, String hint,
                         List<Choice> choices, String backUrl, String startUrl, List<SummaryRow> summary,
                         String explanation, List<String> nextSteps, List<TermEntry.Link> articles,
                         List<TermEntry.Link> terms, String recordUrl, String recordName, String recordDatePlaceholder,
                         String diagramHtml, List<OutlineItem> outline, String treeUrl, boolean first) implements PageView {

    public DecidePage {
        choices = List.copyOf(choices);
        summary = List.copyOf(summary);
        nextSteps = List.copyOf(nextSteps);
        articles = List.copyOf(articles);
        terms = List.copyOf(terms);
        outline = List.copyOf(outline);
    }

    /** An answer: its id (for stable test hooks), label and the step it leads to. */
    public record Choice(String id, String label, String url) {}

    /** A row of "your answers so far"; {@code changeUrl} is that question on the shorter path. */
    public record SummaryRow(String questionId, String answerId, String question, String answer, String changeUrl) {}

    /** The text alternative of the diagram: each node with its answers and where they lead. */
    public record OutlineItem(String id, String label, boolean question, boolean onPath, List<OutlineAnswer> answers) {
        public OutlineItem {
            answers = List.copyOf(answers);
        }
    }

    /** One answer in the text alternative; {@code target} is the id of the item it leads to. */
    public record OutlineAnswer(String label, String target, String targetLabel) {}
}
