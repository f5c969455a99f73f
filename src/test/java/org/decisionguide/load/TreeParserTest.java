package org.decisionguide.load;

import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.TreeTexts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The tree and its texts written in the wrong shape: one problem per mistake, at its line, saying what to write,
 * and no tree built from a file with an error.
 */
class TreeParserTest {

    private static List<String> problems(Result<?> r) {
        return r.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aTreeFileThatIsNotAMapSaysWhatItMustBe() {
        Result<DecisionTree> r = TreeParser.parseTree("- q1\n- q2\n");
        assertNull(r.value());
        assertEquals(List.of("content/decision-tree/tree.yaml:1: tree.yaml must be a map with start and nodes"
                + " — see CONTRIBUTING.md, section decision tree"), problems(r));
    }

    @Test
    void badNodeIdsNodesAnswersAndKindsAreEachReportedAtTheirLine() {
        Result<DecisionTree> r = TreeParser.parseTree("""
                start: q1
                nodes:
                  Q_1:
                    kind: outcome
                  plain: just text
                  q1:
                    kind: question
                    answers:
                      Yes!: done
                      no: [done]
                  q2:
                    kind: question
                    answers: [done]
                  odd:
                    kind: maybe
                  done:
                    kind: outcome
                    articles: [x]
                """);
        assertNull(r.value(), "a tree with an error is not built");
        assertEquals(List.of(
                "content/decision-tree/tree.yaml:3: node id \"Q_1\" is not a clean id — use lower-case ASCII words joined by hyphens",
                "content/decision-tree/tree.yaml:5: node \"plain\" must be a map — write `kind: question` with `answers:`, or `kind: outcome`",
                "content/decision-tree/tree.yaml:9: answer id \"Yes!\" is not a clean id — use lower-case ASCII words joined by hyphens",
                "content/decision-tree/tree.yaml:10: answer \"no\" must name the next node, not a list — write the id of the next question or outcome",
                "content/decision-tree/tree.yaml:13: answers must be a map of answer id → next node id — write e.g. `yes: next-question`",
                "content/decision-tree/tree.yaml:15: kind must be question or outcome, not \"maybe\" — write `kind: question` or `kind: outcome`"),
                problems(r));
    }

    @Test
    void anAnswerLeadingToANumberOrNothingSaysWhatItFound() {
        Result<DecisionTree> r = TreeParser.parseTree("start: q1\nnodes:\n  q1:\n    kind: question\n    answers:\n      yes: 42\n      no: ~\n");
        assertEquals(List.of("content/decision-tree/tree.yaml:6: answer \"yes\" must name the next node, not a number (42)"
                        + " — write the id of the next question or outcome",
                "content/decision-tree/tree.yaml:7: answer \"no\" must name the next node, not empty — write the id of the next question or outcome"),
                problems(r));
    }

    @Test
    void aQuestionWithoutAnswersIsBuiltForTheValidatorToReport() {
        for (String answers : List.of("", "    answers: ~\n", "    answers: {}\n")) {
            Result<DecisionTree> r = TreeParser.parseTree("start: q1\nnodes:\n  q1:\n    kind: question\n" + answers);
            assertEquals(List.of(), r.problems(), answers);
            assertEquals(List.of(), r.value().node("q1").orElseThrow().answers(), "the validator reports the dead end: " + answers);
        }
    }

    @Test
    void textsThatAreNotMapsAreReportedPerLanguageFile() {
        Result<TreeTexts> notAMap = TreeParser.parseTexts("cs", "just text\n");
        assertNull(notAMap.value());
        assertEquals(List.of("content/cs/decision-tree.yaml:1: the file must map node ids to their texts — see content/en/decision-tree.yaml"),
                problems(notAMap));
        Result<TreeTexts> entry = TreeParser.parseTexts("pl", "q1: Pytanie?\ndone:\n  label: Koniec\n  title: Koniec\n  explanation: E.\n");
        assertEquals(List.of("content/pl/decision-tree.yaml:1: \"q1\" must be a map of texts"
                + " — write `label:`, `question:`, `answers:` (or `title:`, `explanation:`, `next_steps:`)"), problems(entry));
        assertEquals(List.of("done"), List.copyOf(entry.value().nodes().keySet()), "the well-formed entry is still read");
    }
}
