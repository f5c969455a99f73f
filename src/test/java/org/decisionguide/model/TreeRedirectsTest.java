package org.decisionguide.model;

import org.decisionguide.load.TreeParser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Old tree addresses → where their answers lead on today's tree. */
class TreeRedirectsTest {
    private static final DecisionTree TREE = TreeParser.parseTree("""
            start: evals
            renamed_answers:
              churn-weekly: owner-weekly
            former_paths:
              - evals-yes/problem-style/churn-weekly/
              - evals-yes/problem-style/churn-stable/data-yes/owner-team/signal-cheaper/
              - evals-no/
            nodes:
              evals:
                kind: question
                answers: {yes: problem, no: build}
              problem:
                kind: question
                answers: {style: owner}
              owner:
                kind: question
                answers: {weekly: stabilise, team: signal}
              signal:
                kind: question
                answers: {examples: tune}
              build: {kind: outcome, terms: [a]}
              stabilise: {kind: outcome, terms: [a]}
              tune: {kind: outcome, terms: [a]}
            """).value();

    private static Map<String, TreePath> redirects() {
        return TreeRedirects.of(TREE, TreePath.all(TREE));
    }

    @Test
    void aRenamedAnswerKeepsItsMeaning() {
        assertEquals("evals-yes/problem-style/owner-weekly/", redirects().get("evals-yes/problem-style/churn-weekly/").segments());
    }

    @Test
    void answersThatStillFitAreKeptAndTheWalkStopsAtTheFirstUnansweredQuestion() {
        Map<String, TreePath> r = redirects();
        assertEquals("evals-yes/problem-style/owner-team/",
                r.get("evals-yes/problem-style/churn-stable/data-yes/owner-team/signal-cheaper/").segments());
        assertEquals("signal", r.get("evals-yes/problem-style/churn-stable/data-yes/owner-team/signal-cheaper/").node());
        assertEquals("evals-yes/problem-style/", r.get("evals-yes/problem-style/churn-stable/").segments(), "every old prefix was a page too");
    }

    @Test
    void addressesThatAreStillPagesAreLeftAlone() {
        assertFalse(redirects().containsKey("evals-no/"));
        assertFalse(redirects().containsKey("evals-yes/"));
        assertFalse(redirects().containsKey("evals-yes/problem-style/"));
    }
}
