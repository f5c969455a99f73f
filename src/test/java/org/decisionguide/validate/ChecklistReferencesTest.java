package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.load.ChecklistParser;
import org.decisionguide.load.TreeParser;
import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the checklist points to exists: the decision-tree answers its items stand for, and in every language a
 * text only for sections and items the checklist has.
 */
class ChecklistReferencesTest {
    private static final String TREE = """
            start: evals
            nodes:
              evals:
                kind: question
                answers:
                  yes: problem
                  no: build-evals
              problem:
                kind: question
                answers:
                  style: fine-tune
                  facts: retrieval
              build-evals: {kind: outcome, articles: [x]}
              fine-tune: {kind: outcome, articles: [x]}
              retrieval: {kind: outcome, articles: [x]}
            """;
    private static final String STRUCTURE = """
            sections:
              - id: measure
                items:
                  - id: eval-set
                    articles: [x]
            """;
    private static final String TEXTS = """
            sections:
              measure: Measurement
            items:
              eval-set:
                label: We have an eval set.
                why: Because.
            """;

    private static Site site(String structure, Map<String, String> texts) {
        Site base = Fixtures.site(true, article("en", "x", "", "b"), article("cs", "x", "", "b"), article("pl", "x", "", "b"));
        DecisionTree tree = TreeParser.parseTree(TREE).value();
        Checklist c = ChecklistParser.parse(structure).value();
        if (c == null) throw new IllegalStateException(ChecklistParser.parse(structure).problems().toString());
        Map<String, ChecklistTexts> t = new HashMap<>();
        texts.forEach((l, y) -> t.put(l, ChecklistParser.parseTexts(l, y).value()));
        return new Site(base.config(), base.articles(), List.of(), tree, Map.of(), c, t, base.ui(), Set.of());
    }

    private static Map<String, String> allTexts(String en) {
        return Map.of("en", en, "cs", TEXTS, "pl", TEXTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evals-yes", "problem-style", "problem-facts"})
    void anAnswerOfTheTreeIsAccepted(String answer) {
        String structure = STRUCTURE.replace("        articles: [x]\n", "        articles: [x]\n        ticked: [" + answer + "]\n");
        assertEquals(List.of(), ChecklistRules.check(site(structure, allTexts(TEXTS))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evals-maybe", "problem-style/", "evals", "retrieval-yes", "build-evals"})
    void anAnswerTheTreeDoesNotHaveIsAnErrorAtTheItem(String answer) {
        String structure = STRUCTURE.replace("        articles: [x]\n", "        articles: [x]\n        unticked: [" + answer + "]\n");
        List<Problem> problems = ChecklistRules.check(site(structure, allTexts(TEXTS)));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ChecklistParser.FILE, problems.get(0).file());
        assertEquals(4, problems.get(0).line());
        assertEquals("item \"eval-set\" names \"" + answer + "\", which is no answer of the decision tree", problems.get(0).message());
    }

    @Test
    void aTextForASectionTheChecklistDoesNotHaveIsAnError() {
        String en = TEXTS.replace("  measure: Measurement\n", "  measure: Measurement\n  measurement: Typo of a section\n");
        List<Problem> problems = ChecklistRules.check(site(STRUCTURE, allTexts(en)));
        assertEquals(List.of(Problem.error(Path.of("content/en/checklist.yaml"), 3,
                "text for section \"measurement\", which the checklist does not have",
                "remove it, or add the section to " + ChecklistParser.FILE)), problems);
    }

    @Test
    void aTextForAnUnknownItemWithNothingCloseSaysRemoveIt() {
        String cs = TEXTS + "  zzzz:\n    label: L\n    why: W\n";
        List<Problem> problems = ChecklistRules.check(site(STRUCTURE, Map.of("en", TEXTS, "cs", cs, "pl", TEXTS)));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("content/cs/checklist.yaml"), problems.get(0).file());
        assertEquals(7, problems.get(0).line());
        assertEquals("remove it (or add the item to " + ChecklistParser.FILE + ")", problems.get(0).fix());
    }

    @Test
    void aLanguageWithoutATextFileMissesEverythingAndNamesTheFileToWrite() {
        List<Problem> problems = ChecklistRules.check(site(STRUCTURE, Map.of("en", TEXTS, "cs", TEXTS)));
        assertEquals(List.of(new Problem(Path.of("content/pl/checklist.yaml"), 0, Severity.ERROR,
                "missing translation: no pl text for sections/measure, items/eval-set",
                "translate them from content/en/checklist.yaml")), problems);
    }

    @Test
    void unknownTermsAndItemsThatExplainNothingAreReported() {
        String structure = STRUCTURE.replace("        articles: [x]\n", "        terms: [eval-sets]\n")
                + "      - id: baseline\n";
        String texts = TEXTS + "  baseline:\n    label: B\n    why: W\n";
        List<Problem> problems = ChecklistRules.check(site(structure, Map.of("en", texts, "cs", texts, "pl", texts)));
        Problem term = problems.stream().filter(p -> p.message().contains("glossary term")).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("item \"eval-set\" names unknown glossary term \"eval-sets\"", term.message());
        assertEquals(4, term.line());
        assertEquals("use the id of a file in glossary/", term.fix());
        Problem nothing = problems.stream().filter(p -> p.message().contains("links to nothing")).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(Severity.WARNING, nothing.severity());
        assertEquals("item \"baseline\" links to nothing that explains it", nothing.message());
        assertEquals(6, nothing.line());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(term.isError());
    }
}
