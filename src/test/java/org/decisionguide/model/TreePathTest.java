package org.decisionguide.model;

import org.decisionguide.load.TreeParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages of the decision tree: one per path of answers from the start, each with its shareable URL segments. */
class TreePathTest {
    private static final String TREE = """
            start: q1
            nodes:
              q1:
                kind: question
                answers:
                  yes: q2
                  no: done
              q2:
                kind: question
                answers:
                  a: done
                  back: q1
              done:
                kind: outcome
                articles: [x]
            """;

    private static DecisionTree tree(String yaml) {
        return TreeParser.parseTree(yaml).value();
    }

    private static List<String> urls(List<TreePath> paths) {
        return paths.stream().map(p -> p.segments() + " → " + p.node()).toList();
    }

    @Test
    void everyPathFromTheStartInDepthFirstOrderWithoutGoingRoundACycle() {
        assertEquals(List.of(" → q1", "q1-yes/ → q2", "q1-yes/q2-a/ → done", "q1-no/ → done"), urls(TreePath.all(tree(TREE))),
                "q2's answer back to q1 makes no page: the validator reports the cycle");
    }

    @Test
    void theLimitedWalkStopsAtItsLimit() {
        assertEquals(List.of(" → q1", "q1-yes/ → q2", "q1-yes/q2-a/ → done"), urls(TreePath.all(tree(TREE), 3)));
        assertEquals(4, TreePath.all(tree(TREE), 100).size());
    }

    @Test
    void aTreeWhoseStartIsNoNodeHasNoPages() {
        DecisionTree broken = tree(TREE.replace("start: q1", "start: q0"));
        assertEquals(List.of(), TreePath.all(broken));
        assertEquals(List.of(), TreePath.all(broken, 10));
    }

    @Test
    void changingAnEarlierAnswerLeadsBackToItsQuestionWithTheAnswersBefore() {
        TreePath deep = TreePath.all(tree(TREE)).get(2);
        assertEquals("q1-yes/q2-a/", deep.segments());
        TreePath changeSecond = deep.upTo(1);
        assertEquals("q1-yes/", changeSecond.segments());
        assertEquals("q2", changeSecond.node());
        TreePath changeFirst = deep.upTo(0);
        assertEquals("", changeFirst.segments());
        assertEquals("q1", changeFirst.node());
        assertEquals(true, deep.endsAtOutcome(tree(TREE)));
        assertEquals(false, changeSecond.endsAtOutcome(tree(TREE)));
    }
}
