package org.decisionguide.load;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A misspelt key inside a nested map (an article's source, a tree node, a checklist item, a text entry) is reported
 * where it is written, with the keys that map allows, instead of being silently ignored.
 */
class NestedKeysTest {

    /** The one problem about {@code key}, which must exist. */
    private static Problem unknown(List<Problem> problems, String key) {
        return problems.stream().filter(p -> p.message().equals("unknown key \"" + key + "\"")
                        || p.message().startsWith("unknown key \"" + key + "\" (did you mean ")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem about \"" + key + "\" in " + problems));
    }

    @Test
    void articleSourceAcceptsOnlyTitleUrlAndAuthor() {
        String text = "---\ntitle: T\ndate: 2026-11-25\nsummary: S.\nverdict: V.\nsource:\n  title: Src\n  url: https://example.org/\n"
                + "  autor: A. Writer\n---\nBody\n";
        Result<?> r = ArticleParser.parse(Path.of("content/en/articles/a.md"), "en", "a", text);
        assertNull(r.value(), "an article with a wrong key is not published");
        Problem p = unknown(r.problems(), "autor");
        assertEquals(Path.of("content/en/articles/a.md"), p.file());
        assertEquals(9, p.line());
        assertEquals("unknown key \"autor\" (did you mean \"author\"?)", p.message());
        assertEquals("rename it to `author:`; the keys here are: author, title, url", p.fix());
    }

    @Test
    void articleSourceWithAllItsKeysIsAccepted() {
        var a = Fixtures.article("en", "a", "", "Body").meta().source();
        assertEquals("https://example.org/", a.url());
        String text = Fixtures.articleText("", "Body").replace("  url: https://example.org/\n", "  url: https://example.org/\n  author: A. Writer\n");
        var r = ArticleParser.parse(Path.of("a.md"), "en", "a", text);
        assertEquals(List.of(), r.problems());
        assertEquals("A. Writer", r.value().meta().source().author());
    }

    private static final String TREE = """
            start: q1
            nodes:
              q1:
                kind: question
                answers:
                  yes: done
                  no: done
              done:
                kind: outcome
                articles: [x]
            """;

    @Test
    void treeQuestionAndOutcomeNodesAcceptOnlyTheirOwnKeys() {
        String text = TREE.replace("    kind: question\n", "    kind: question\n    articles: [x]\n")
                .replace("    kind: outcome\n", "    kind: outcome\n    answers:\n      yes: q1\n");
        Result<?> r = TreeParser.parseTree(text);
        assertNull(r.value(), "a tree with a wrong key is not built");
        Problem inQuestion = unknown(r.problems(), "articles");
        assertEquals(TreeParser.TREE_FILE, inQuestion.file());
        assertEquals(5, inQuestion.line());
        assertEquals("use one of: answers, kind", inQuestion.fix());
        Problem inOutcome = unknown(r.problems(), "answers");
        assertEquals(11, inOutcome.line());
        assertEquals("use one of: articles, kind, terms", inOutcome.fix());
        assertEquals(2, r.problems().size(), r.problems().toString());
    }

    @Test
    void treeTopLevelAcceptsOnlyItsKeys() {
        Result<?> r = TreeParser.parseTree("strat: q1\n" + TREE);
        Problem p = unknown(r.problems(), "strat");
        assertEquals(1, p.line());
        assertEquals("use one of: former_paths, max_pages_per_language, nodes, renamed_answers, start", p.fix());
    }

    @Test
    void treeTextsAcceptOnlyTheKeysOfTheirKindOfNode() {
        String text = """
                q1:
                  label: Q1
                  question: First?
                  answers:
                    yes: Yes
                  explanaton: typo
                done:
                  label: Done
                  title: Done
                  explanation: E.
                  question: Not for an outcome
                """;
        Result<?> r = TreeParser.parseTexts("cs", text);
        Problem question = unknown(r.problems(), "explanaton");
        assertEquals(Path.of("content/cs/decision-tree.yaml"), question.file());
        assertEquals(6, question.line());
        assertEquals("use one of: answers, hint, label, question", question.fix());
        Problem outcome = unknown(r.problems(), "question");
        assertEquals(11, outcome.line());
        assertEquals("use one of: explanation, label, next_steps, title", outcome.fix());
    }

    private static final String CHECKLIST = """
            sections:
              - id: measure
                items:
                  - id: eval-set
                    articles: [x]
            """;

    @Test
    void checklistSectionsAndItemsAcceptOnlyTheirKeys() {
        String text = CHECKLIST.replace("  - id: measure\n", "  - id: measure\n    title: Measure\n")
                .replace("        articles: [x]\n", "        articles: [x]\n        must_have: true\n");
        Result<?> r = ChecklistParser.parse("decide_pth: a/\n" + text);
        assertNull(r.value(), "a checklist with a wrong key is not built");
        assertEquals(1, unknown(r.problems(), "decide_pth").line());
        Problem section = unknown(r.problems(), "title");
        assertEquals(ChecklistParser.FILE, section.file());
        assertEquals(4, section.line());
        assertEquals("use one of: id, items", section.fix());
        Problem item = unknown(r.problems(), "must_have");
        assertEquals(8, item.line());
        assertEquals("rename it to `must:`; the keys here are: articles, id, must, terms, ticked, unticked", item.fix());
        assertEquals(3, r.problems().size(), r.problems().toString());
    }

    @Test
    void checklistTextsAcceptOnlyLabelAndWhyPerItem() {
        String text = """
                sections:
                  measure: Measurement
                items:
                  eval-set:
                    label: We have an eval set.
                    why: Because.
                    hint: Not a checklist text.
                """;
        Result<?> r = ChecklistParser.parseTexts("pl", text);
        Problem p = unknown(r.problems(), "hint");
        assertEquals(Path.of("content/pl/checklist.yaml"), p.file());
        assertEquals(7, p.line());
        assertEquals("use one of: label, why", p.fix());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(ChecklistParser.parseTexts("pl", text.replace("    hint: Not a checklist text.\n", "")).problems().isEmpty());
        Problem root = unknown(ChecklistParser.parseTexts("pl", "title: Lista\n" + text.replace("    hint: Not a checklist text.\n", "")).problems(), "title");
        assertEquals(1, root.line());
        assertEquals("use one of: items, sections", root.fix());
    }
}
