package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.load.ChecklistParser;
import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist's structure and texts, checked without the file system. */
class ChecklistRulesTest {
    private static final String STRUCTURE = """
            sections:
              - id: measure
                items:
                  - id: eval-set
                    must: true
                    articles: [x]
                  - id: baseline
                    articles: [x]
            """;
    private static final String TEXTS = """
            sections:
              measure: Measurement
            items:
              eval-set:
                label: We have an eval set.
                why: Because.
              baseline:
                label: We know the baseline.
                why: Because.
            """;

    private static Site site(boolean strict, String structure, Map<String, String> texts) {
        Site base = Fixtures.site(strict, article("en", "x", "", "b"), article("cs", "x", "", "b"), article("pl", "x", "", "b"));
        Result<Checklist> c = ChecklistParser.parse(structure);
        if (c.value() == null) throw new IllegalStateException(c.problems().toString());
        Map<String, ChecklistTexts> t = new HashMap<>();
        texts.forEach((l, y) -> t.put(l, ChecklistParser.parseTexts(l, y).value()));
        return new Site(base.config(), base.articles(), List.of(), null, Map.of(), c.value(), t, base.ui(), Set.of());
    }

    @Test
    void completeChecklistHasNoProblems() {
        assertEquals(List.of(), ChecklistRules.check(site(true, STRUCTURE, Map.of("en", TEXTS, "cs", TEXTS, "pl", TEXTS))));
    }

    @Test
    void missingPolishTextNamesFileLineAndFollowsThePolicy() {
        String pl = TEXTS.replace("  baseline:\n    label: We know the baseline.\n    why: Because.\n", "");
        Map<String, String> texts = Map.of("en", TEXTS, "cs", TEXTS, "pl", pl);
        List<Problem> lax = ChecklistRules.check(site(false, STRUCTURE, texts));
        assertEquals(1, lax.size(), lax.toString());
        Problem p = lax.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Path.of("content/pl/checklist.yaml"), p.file());
        assertEquals(3, p.line(), "the line of `items:`");
        assertEquals("missing translation: no pl text for items/baseline", p.message());
        assertTrue(ChecklistRules.check(site(true, STRUCTURE, texts)).get(0).isError());
    }

    @Test
    void unknownIdsAndArticlesAreErrors() {
        String structure = STRUCTURE.replaceFirst("articles: \\[x\\]", "articles: [xx-unknown]");
        String en = TEXTS + "  baseine:\n    label: Typo.\n    why: W.\n";
        List<Problem> p = ChecklistRules.check(site(false, structure, Map.of("en", en, "cs", TEXTS, "pl", TEXTS)));
        Problem article = p.stream().filter(x -> x.message().equals("item \"eval-set\" links to unknown article \"xx-unknown\"")).findFirst()
                .orElseThrow(() -> new AssertionError(p.toString()));
        assertEquals(4, article.line());
        assertEquals("use an article id (file name without .md)", article.fix(), "nothing is close to xx-unknown");
        Problem near = ChecklistRules.check(site(false, structure.replace("xx-unknown", "xy"), Map.of("en", TEXTS, "cs", TEXTS, "pl", TEXTS))).get(0);
        assertEquals("did you mean x?", near.fix());
        Problem typo = p.stream().filter(x -> x.message().startsWith("text for item \"baseine\"")).findFirst().orElseThrow();
        assertEquals(10, typo.line());
        assertTrue(typo.fix().startsWith("did you mean baseline?"), typo.fix());
    }

    @Test
    void duplicateIdsAndUnknownKeysAreParseErrors() {
        Result<Checklist> r = ChecklistParser.parse(STRUCTURE.replace("id: baseline", "id: eval-set") + "    extra: 1\n");
        assertNull(r.value());
        assertTrue(r.problems().stream().anyMatch(x -> x.message().equals("id \"eval-set\" is used twice") && x.line() == 7), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(x -> x.message().startsWith("unknown key \"extra\"")), r.problems().toString());
    }

    @Test
    void treeAnswersAnItemImpliesMustExist() {
        org.decisionguide.model.DecisionTree tree = org.decisionguide.load.TreeParser.parseTree("""
                start: q
                nodes:
                  q: {kind: question, answers: {yes: done, no: done}}
                  done: {kind: outcome, articles: [x]}
                """).value();
        String structure = STRUCTURE.replace("        must: true\n", "        must: true\n        ticked: [q-yes]\n        unticked: [q-maybe]\n");
        Site s = site(true, structure, Map.of("en", TEXTS, "cs", TEXTS, "pl", TEXTS));
        Site withTree = new Site(s.config(), s.articles(), s.glossary(), tree, Map.of(), s.checklist(), s.checklistTexts(), s.ui(), Set.of());
        List<Problem> p = ChecklistRules.check(withTree);
        assertEquals(1, p.size(), p.toString());
        assertEquals("item \"eval-set\" names \"q-maybe\", which is no answer of the decision tree", p.get(0).message());
        assertEquals(4, p.get(0).line());
    }
}
