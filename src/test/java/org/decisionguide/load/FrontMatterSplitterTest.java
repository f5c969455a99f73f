package org.decisionguide.load;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Where a file's front matter ends and its body starts, and, when the closing {@code ---} is missing, the line a
 * contributor is sent to: the first line that reads as article text (YAML comments, nested fields, lists under a
 * key and block values still belong to the front matter), or the last field when the file ends inside it.
 */
class FrontMatterSplitterTest {

    private static final Path FILE = Path.of("content/en/articles/x.md");

    private static FrontMatterSplitter.Split split(String text) throws YamlError {
        return FrontMatterSplitter.split(List.of(text.split("\n", -1)));
    }

    private static YamlError error(String text) {
        return assertThrows(YamlError.class, () -> split(text));
    }

    /** What the contributor reads for an article with this text: {@code file:line: message — fix}. */
    private static String reported(String text) {
        Result<Article> r = ArticleParser.parse(FILE, "en", "x", text);
        assertNull(r.value(), "an article whose front matter cannot be read is not published");
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0).format();
    }

    @Test
    void theFrontMatterEndsAtTheNextDashesAndTheBodyLineCountsTheWholeFile() throws YamlError {
        FrontMatterSplitter.Split s = split("---\ntitle: T\ndate: 2026-12-01\n---\n\n## First\n\nBody.\n");
        assertEquals("title: T\ndate: 2026-12-01", s.yaml());
        assertEquals(2, s.yamlLine());
        assertEquals("\n## First\n\nBody.\n", s.body());
        assertEquals(5, s.bodyLine());
    }

    @Test
    void dashesWithSurroundingSpacesStillOpenAndCloseIt() throws YamlError {
        FrontMatterSplitter.Split s = split("--- \ntitle: T\n ---\nBody.");
        assertEquals("title: T", s.yaml());
        assertEquals("Body.", s.body());
        assertEquals(4, s.bodyLine());
    }

    @Test
    void anEmptyFrontMatterIsSplitToo() throws YamlError {
        FrontMatterSplitter.Split s = split("---\n---\nBody.");
        assertEquals("", s.yaml());
        assertEquals(3, s.bodyLine());
    }

    @Test
    void aFileWithoutFrontMatterIsReportedAtLineOneWithWhatToWrite() {
        String fix = "start the file with a line `---`, the YAML fields (title, date, summary, verdict, source), and another `---`";
        for (String text : List.of("", "# A title\n\nBody.\n", "title: T\n---\nBody.\n")) {
            YamlError e = error(text);
            assertEquals(1, e.line(), text);
            assertEquals("the file does not start with front matter", e.getMessage());
            assertEquals(fix, e.fix());
        }
        assertEquals(FILE + ":1: the file does not start with front matter — " + fix, reported("# A title\n\nBody.\n"));
    }

    @Test
    void anUnclosedFrontMatterIsReportedAtTheHeadingWhereTheArticleStarts() {
        String text = "---\ntitle: Unclosed\ndate: 2026-12-01\nsummary: S.\n\n## First section\n\nBody.\n";
        assertEquals(FILE + ":6: the front matter is not closed: line 6 reads as article text, not a front-matter field"
                + " — add a line `---` above line 6, after the last front-matter field (line 4)", reported(text));
    }

    @Test
    void nestedFieldsCommentsListsAndBlockValuesStillBelongToTheFrontMatter() {
        String text = String.join("\n",
                "---",                          // 1
                "# a YAML comment",             // 2
                "title: \"T\"",                 // 3
                "\"quoted key\": x",            // 4
                "source:",                      // 5
                "  title: Src",                 // 6
                "  url: https://example.org/",  // 7
                "tags:",                        // 8
                "- evals",                      // 9
                "",                             // 10
                "- rag",                        // 11
                "summary: |",                   // 12
                "  First line.",                // 13
                "",                             // 14
                "  Second line.",               // 15
                "verdict: V.",                  // 16
                "",                             // 17
                "Most teams start with a demo.", // 18: article text
                "");
        YamlError e = error(text);
        assertEquals(18, e.line());
        assertEquals("the front matter is not closed: line 18 reads as article text, not a front-matter field", e.getMessage());
        assertEquals("add a line `---` above line 18, after the last front-matter field (line 16)", e.fix());
    }

    @Test
    void aMarkdownListAfterAFieldWithAValueIsArticleText() {
        YamlError e = error("---\ntitle: T\nverdict: V.\n\n- first point\n- second point\n");
        assertEquals(5, e.line());
        assertEquals("add a line `---` above line 5, after the last front-matter field (line 3)", e.fix());
    }

    @Test
    void aListAfterABlockValueIsArticleText() {
        YamlError e = error("---\ntitle: T\nsummary: >\n  Folded.\n- a point\n");
        assertEquals(5, e.line());
        assertEquals("add a line `---` above line 5, after the last front-matter field (line 4)", e.fix());
    }

    @Test
    void aHeadingRightAfterTheOpeningDashesSendsTheContributorToLineTwo() {
        YamlError e = error("---\n## Heading\n\nBody.");
        assertEquals(2, e.line());
        assertEquals("the front matter is not closed: line 2 reads as article text, not a front-matter field", e.getMessage());
        assertEquals("add a line `---` above line 2, after the last front-matter field (line 1)", e.fix());
    }

    @Test
    void aFileThatEndsInsideTheFrontMatterIsReportedAtItsLastField() {
        String text = "---\ntitle: T\ndate: 2026-12-01\nsource:\n  title: X\n  url: https://example.org/\n\n";
        assertEquals(FILE + ":6: the front matter is not closed (the file ends inside it) — add a line `---` after line 6"
                + " (the last front-matter field), then the article text", reported(text));
    }

    @Test
    void aFileWithoutAFinalNewlineThatEndsOnAFieldIsReportedAtThatField() {
        YamlError e = error("---\ntitle: T\ndate: 2026-12-01");
        assertEquals(3, e.line());
        assertEquals("the front matter is not closed (the file ends inside it)", e.getMessage());
        assertEquals("add a line `---` after line 3 (the last front-matter field), then the article text", e.fix());
    }

    @Test
    void aFileWithoutAFinalNewlineThatEndsOnArticleTextIsReportedAtThatText() {
        YamlError e = error("---\ntitle: T\nBody text.");
        assertEquals(3, e.line());
        assertEquals("the front matter is not closed: line 3 reads as article text, not a front-matter field", e.getMessage());
        assertEquals("add a line `---` above line 3, after the last front-matter field (line 2)", e.fix());
    }

    @Test
    void aMarkdownListRightAfterTheOpeningDashesIsArticleText() {
        YamlError e = error("---\n- first point\n- second point\n");
        assertEquals(2, e.line());
        assertEquals("add a line `---` above line 2, after the last front-matter field (line 1)", e.fix());
    }

    @Test
    void aFileOfOnlyTheOpeningDashesIsReportedAtLineOne() {
        YamlError e = error("---\n\n");
        assertEquals(1, e.line());
        assertEquals("the front matter is not closed (the file ends inside it)", e.getMessage());
        assertEquals("add a line `---` after line 1 (the last front-matter field), then the article text", e.fix());
    }
}
