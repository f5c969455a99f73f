package org.decisionguide.render;

import org.decisionguide.render.view.DecidePage;
import org.decisionguide.render.view.TermEntry;

import java.util.List;

/**
 * The decision record a reader takes away from an outcome: Markdown in their language with the answers, the
 * recommendation, next steps and links. The date is left as a placeholder in the static file (the build
 * cannot know when the reader decides); the page's script fills in today's date when it can.
 */
final class DecisionRecord {

    private DecisionRecord() {}

    static String markdown(Messages t, String outcomeTitle, String absoluteUrl, String datePlaceholder,
                            List<DecidePage.SummaryRow> answers, String explanation, List<String> steps,
                            List<TermEntry.Link> articles, java.util.function.Function<String, String> absolute) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(t.format("record_title", outcomeTitle)).append("\n\n");
        b.append("- ").append(t.format("record_date")).append(": ").append(datePlaceholder).append('\n');
        b.append("- ").append(t.format("record_link")).append(": <").append(absoluteUrl).append(">\n\n");
        b.append("## ").append(t.format("your_answers")).append("\n\n");
        for (int i = 0; i < answers.size(); i++) {
            b.append(i + 1).append(". ").append(answers.get(i).question()).append(" — **").append(answers.get(i).answer()).append("**\n");
        }
        b.append("\n## ").append(t.format("record_recommendation")).append("\n\n").append(outcomeTitle).append("\n\n")
                .append(explanation).append("\n\n## ").append(t.format("next_steps")).append("\n\n");
        for (String s : steps) b.append("- ").append(s).append('\n');
        if (!articles.isEmpty()) {
            b.append("\n## ").append(t.format("read_next")).append("\n\n");
            for (TermEntry.Link a : articles) b.append("- [").append(a.label()).append("](").append(absolute.apply(a.url())).append(")\n");
        }
        return b.toString().replace('\u00a0', ' ');
    }
}
