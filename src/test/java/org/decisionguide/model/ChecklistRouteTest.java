package org.decisionguide.model;

import org.decisionguide.load.ChecklistParser;
import org.decisionguide.load.TreeParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk from ticked items into the tree, on a small tree whose every branch it can take. */
class ChecklistRouteTest {
    private static final DecisionTree TREE = TreeParser.parseTree("""
            start: evals
            nodes:
              evals:
                kind: question
                answers: {yes: why, no: build}
              why:
                kind: question
                answers: {style: owner, cost: owner}
              owner:
                kind: question
                answers: {nobody: find, team: tune}
              build: {kind: outcome, terms: [a]}
              find: {kind: outcome, terms: [a]}
              tune: {kind: outcome, terms: [a]}
            """).value();
    private static final Checklist CHECKLIST = ChecklistParser.parse("""
            sections:
              - id: s
                items:
                  - id: eval-set
                    ticked: [evals-yes]
                    unticked: [evals-no]
                  - id: style
                    ticked: [why-style]
                  - id: cost
                    ticked: [why-cost]
                  - id: owner
                    unticked: [owner-nobody]
                  - id: gain
                    ticked: [owner-team]
            """).value();

    private static String route(String... ticked) {
        return ChecklistRoute.of(TREE, CHECKLIST, List.of(ticked)).segments();
    }

    @Test
    void followsTheTicksToAnOutcome() {
        assertEquals("evals-yes/why-cost/owner-team/", route("eval-set", "cost", "owner", "gain"));
        assertEquals("evals-yes/why-style/owner-team/", route("eval-set", "style", "owner", "gain"));
    }

    @Test
    void aMissingConditionDecidesBeforeAnythingTicked() {
        assertEquals("evals-no/", route("style", "owner", "gain"), "no eval set: nothing else matters");
        assertEquals("evals-yes/why-style/owner-nobody/", route("eval-set", "style", "gain"), "gain ticked, but no owner");
    }

    @Test
    void theFirstFittingItemInChecklistOrderWins() {
        assertEquals("evals-yes/why-style/owner-team/", route("eval-set", "cost", "style", "owner", "gain"));
    }

    @Test
    void stopsWhereNoItemDecidesSoTheTreeAsks() {
        assertEquals("evals-yes/", route("eval-set", "owner", "gain"), "no reason ticked: the tree asks for it");
        assertEquals("evals-yes/why-cost/", route("eval-set", "cost", "owner"), "neither owner missing nor gain ticked");
        assertEquals("", ChecklistRoute.of(TREE, ChecklistParser.parse("sections: [{id: s, items: [{id: x}]}]").value(), Set.of()).segments());
    }

    @Test
    void knowsWhichSegmentsAreAnswers() {
        assertTrue(ChecklistRoute.isAnswer(TREE, "why-cost"));
        assertFalse(ChecklistRoute.isAnswer(TREE, "why-costs"));
        assertFalse(ChecklistRoute.isAnswer(TREE, "build-yes"), "an outcome has no answers");
    }

    @Test
    void aCycleInTheTreeEndsTheWalkWhereItWouldGoRound() {
        DecisionTree cyclic = TreeParser.parseTree("""
                start: evals
                nodes:
                  evals:
                    kind: question
                    answers: {yes: why, no: build}
                  why:
                    kind: question
                    answers: {style: evals, cost: build}
                  build: {kind: outcome, terms: [a]}
                """).value();
        assertEquals("evals-yes/", ChecklistRoute.of(cyclic, CHECKLIST, List.of("eval-set", "style")).segments(),
                "the validator reports the cycle; the checklist's link stops before it");
    }
}
