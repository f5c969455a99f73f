package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.load.GlossaryParser;
import org.decisionguide.load.TreeParser;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TreePath;
import org.decisionguide.model.TreeTexts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree's rules on small trees, one per kind of mistake, without the file system. */
class TreeRulesTest {
    private static final String OK_TREE = """
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
                  b: other
              done:
                kind: outcome
                articles: [x]
              other:
                kind: outcome
                terms: []
                articles: [x]
            """;

    private static String texts(String... skip) {
        StringBuilder b = new StringBuilder();
        Set<String> s = Set.of(skip);
        if (!s.contains("q1")) b.append("q1:\n  label: Q1\n  question: First?\n  answers:\n    yes: Yes\n").append(s.contains("q1/no") ? "" : "    no: No\n");
        if (!s.contains("q2")) b.append("q2:\n  label: Q2\n  question: Second?\n  answers:\n    a: A\n    b: B\n");
        if (!s.contains("done")) b.append("done:\n  label: Done\n  title: Done\n  explanation: E.\n  next_steps: [x]\n");
        if (!s.contains("other")) b.append("other:\n  label: Other\n  title: Other\n  explanation: E.\n  next_steps: [x]\n");
        return b.toString();
    }

    private static DecisionTree tree(String yaml) {
        Result<DecisionTree> r = TreeParser.parseTree(yaml);
        if (r.value() == null) throw new IllegalStateException(r.problems().toString());
        return r.value();
    }

    private static Site site(boolean strict, String treeYaml, Map<String, String> textsByLang) {
        return site(strict, treeYaml, textsByLang, List.of());
    }

    private static Site site(boolean strict, String treeYaml, Map<String, String> textsByLang, List<Term> glossary) {
        Site base = Fixtures.site(strict, article("en", "x", "", "b"), article("cs", "x", "", "b"), article("pl", "x", "", "b"));
        Map<String, TreeTexts> texts = new HashMap<>();
        textsByLang.forEach((l, y) -> texts.put(l, TreeParser.parseTexts(l, y).value()));
        return new Site(base.config(), base.articles(), glossary, tree(treeYaml), texts, null, Map.of(), base.ui(), Set.of());
    }

    private static Term term(String id) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\n");
        for (String l : List.of("en", "cs", "pl")) yaml.append(l).append(":\n  term: ").append(id).append("\n  definition: D.\n");
        return GlossaryParser.parse(id, yaml.toString(), List.of("en", "cs", "pl")).value();
    }

    private static Map<String, String> allTexts() {
        return Map.of("en", texts(), "cs", texts(), "pl", texts());
    }

    @Test
    void wellFormedTreeHasNoProblemsAndCountsItsPaths() {
        Site s = site(true, OK_TREE, allTexts());
        assertEquals(List.of(), TreeRules.check(s));
        List<TreePath> pages = TreePath.all(s.tree(), 100);
        assertEquals(5, pages.size(), "q1, q1-yes (q2), q1-no (done), q2-a, q2-b");
        assertEquals(3, pages.stream().filter(p -> p.endsAtOutcome(s.tree())).count());
    }

    @Test
    void unknownNextNamesTheAnswerLineAndACloseMatch() {
        List<Problem> p = TreeRules.check(site(false, OK_TREE.replace("a: done", "a: dnoe"), allTexts()));
        Problem unknown = p.stream().filter(x -> x.message().contains("unknown node \"dnoe\"")).findFirst().orElseThrow();
        assertEquals(Path.of("content/decision-tree/tree.yaml"), unknown.file());
        assertEquals(11, unknown.line());
        assertTrue(unknown.fix().contains("done"), unknown.fix());
    }

    @Test
    void cycleIsPrintedWhereItCloses() {
        List<Problem> p = TreeRules.check(site(false, OK_TREE.replace("b: other", "b: q1"), allTexts()));
        Problem cycle = p.stream().filter(x -> x.message().startsWith("cycle:")).findFirst().orElseThrow();
        assertEquals("cycle: q1 → q2 → q1", cycle.message());
        assertEquals(12, cycle.line());
    }

    @Test
    void deadEndAndUnreachableNode() {
        String yaml = OK_TREE.replace("""
                      a: done
                      b: other
                """, "") + "  lonely:\n    kind: outcome\n    articles: [x]\n";
        List<Problem> p = TreeRules.check(site(false, yaml.replace("answers:\n  done", "answers: {}\n  done"), allTexts()));
        assertTrue(p.stream().anyMatch(x -> x.message().equals("dead end: question \"q2\" has no answers") && x.line() == 8), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("unreachable node \"lonely\"")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("unreachable node \"other\"")), p.toString());
    }

    @Test
    void outcomeMustGiveSomethingToReadThatExists() {
        String yaml = OK_TREE.replace("""
                  other:
                    kind: outcome
                    terms: []
                    articles: [x]
                """, """
                  other:
                    kind: outcome
                """).replace("articles: [x]", "articles: [y]");
        List<Problem> p = TreeRules.check(site(false, yaml, allTexts()));
        assertTrue(p.stream().anyMatch(x -> x.message().equals("outcome \"other\" gives nothing to read next")), p.toString());
        Problem unknown = p.stream().filter(x -> x.message().equals("outcome \"done\" names unknown article \"y\"")).findFirst()
                .orElseThrow(() -> new AssertionError(p.toString()));
        assertEquals("did you mean x?", unknown.fix());
        Problem far = TreeRules.check(site(false, yaml.replace("articles: [y]", "articles: [evals-first]"), allTexts())).stream()
                .filter(x -> x.message().contains("unknown article")).findFirst().orElseThrow();
        assertEquals("use an article id (file name without .md)", far.fix());
    }

    @Test
    void missingTextsAreListedPerLanguageAndFollowThePolicy() {
        Map<String, String> texts = Map.of("en", texts(), "cs", texts("q2", "q1/no"), "pl", texts());
        List<Problem> lax = TreeRules.check(site(false, OK_TREE, texts));
        assertEquals(1, lax.size(), lax.toString());
        assertEquals(Severity.WARNING, lax.get(0).severity());
        assertEquals(Path.of("content/cs/decision-tree.yaml"), lax.get(0).file());
        assertTrue(lax.get(0).message().endsWith("no cs text for 2 items: q1/no, q2"), lax.get(0).message());
        assertTrue(TreeRules.check(site(true, OK_TREE, texts)).get(0).isError());
    }

    @Test
    void textForANodeOrAnswerThatDoesNotExist() {
        Map<String, String> texts = Map.of("en", texts() + "q3:\n  label: X\n  question: X?\n  answers:\n    a: A\n",
                "cs", texts().replace("    b: B\n", "    b: B\n    c: C\n"), "pl", texts());
        List<Problem> p = TreeRules.check(site(false, OK_TREE, texts));
        assertTrue(p.stream().anyMatch(x -> x.message().equals("text for \"q3\", which is not a node of the tree") && x.line() == 23), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("text for answer \"c\"") && x.file().equals(Path.of("content/cs/decision-tree.yaml"))), p.toString());
    }

    @Test
    void treeBeyondItsPageBoundFails() {
        List<Problem> p = TreeRules.check(site(false, "max_pages_per_language: 4\n" + OK_TREE, allTexts()));
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("the tree needs more than 4 pages per language") && x.line() == 1), p.toString());
    }

    @Test
    void unknownStart() {
        List<Problem> p = TreeRules.check(site(false, OK_TREE.replace("start: q1", "start: q0"), allTexts()));
        assertEquals("start \"q0\" is not a node", p.get(0).message());
        assertTrue(p.get(0).fix().contains("q1"));
    }

    @Test
    void renamedAnswerMustNameAnAnswerOfTheTreeAndFormerPathsMustBePaths() {
        String withRename = OK_TREE.replace("start: q1\n", "start: q1\nrenamed_answers:\n  old-yes: q2-c\nformer_paths:\n  - q1-yes/old-yes/\n");
        List<Problem> p = TreeRules.check(site(false, withRename, allTexts()));
        Problem r = p.stream().filter(x -> x.message().startsWith("renamed answer")).findFirst().orElseThrow(() -> new AssertionError(p.toString()));
        assertEquals("renamed answer \"old-yes\" points to \"q2-c\", which is no answer of the tree", r.message());
        assertEquals(3, r.line());
        assertEquals(List.of(), TreeRules.check(site(false, withRename.replace("q2-c", "q2-a"), allTexts())));
        Result<DecisionTree> bad = TreeParser.parseTree(OK_TREE + "former_paths:\n  - q1-yes/q2 a\n");
        assertTrue(bad.problems().stream().anyMatch(x -> x.message().equals("former path \"q1-yes/q2 a\" is not a path of answers")),
                bad.problems().toString());
    }

    @Test
    void aTreeExactlyAtItsPageBoundPasses() {
        assertEquals(List.of(), TreeRules.check(site(true, "max_pages_per_language: 5\n" + OK_TREE, allTexts())), "five pages, five allowed");
    }

    @Test
    void aQuestionWithASingleAnswerIsAWarningAtItsLine() {
        String yaml = OK_TREE.replace("      b: other\n", "").replace("""
                  other:
                    kind: outcome
                    terms: []
                    articles: [x]
                """, "");
        Map<String, String> texts = Map.of("en", texts("other").replace("    b: B\n", ""), "cs", texts("other").replace("    b: B\n", ""),
                "pl", texts("other").replace("    b: B\n", ""));
        List<Problem> p = TreeRules.check(site(true, yaml, texts));
        assertEquals(1, p.size(), p.toString());
        assertEquals("question \"q2\" has a single answer", p.get(0).message());
        assertEquals(Severity.WARNING, p.get(0).severity());
        assertEquals(8, p.get(0).line());
    }

    @Test
    void anOutcomeMayOfferGlossaryTermsOnlyAndTheyMustExist() {
        String yaml = OK_TREE.replace("""
                    terms: []
                    articles: [x]
                """, """
                    terms: [eval-set]
                """);
        assertEquals(List.of(), TreeRules.check(site(true, yaml, allTexts(), List.of(term("eval-set")))), "terms alone give something to read");
        List<Problem> p = TreeRules.check(site(true, yaml.replace("[eval-set]", "[evalset]"), allTexts(), List.of(term("eval-set"))));
        assertEquals(1, p.size(), p.toString());
        assertEquals("outcome \"other\" names unknown glossary term \"evalset\"", p.get(0).message());
        assertEquals(16, p.get(0).line());
        assertEquals("did you mean eval-set?", p.get(0).fix());
        Problem far = TreeRules.check(site(true, yaml.replace("[eval-set]", "[rag]"), allTexts(), List.of(term("eval-set")))).get(0);
        assertEquals("use the id of a file in glossary/", far.fix());
    }

    @Test
    void aLanguageWithoutTreeTextsIsReportedAgainstTheFileToWrite() {
        List<Problem> p = TreeRules.check(site(false, OK_TREE, Map.of("en", texts(), "cs", texts())));
        assertEquals(1, p.size(), p.toString());
        assertEquals(Path.of("content/pl/decision-tree.yaml"), p.get(0).file());
        assertEquals("missing translation: no pl text for 4 items: q1, q2, done, other", p.get(0).message());
        assertEquals("translate them from content/en/decision-tree.yaml", p.get(0).fix());
    }
}
