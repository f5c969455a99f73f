package org.decisionguide.load;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter: every malformed-input fixture gives file, line, message and fix; a valid one gives a typed article. */
class ArticleParserTest {

    private static Result<Article> parse(String fixture) {
        return ArticleParser.parse(Path.of("content/en/articles/" + fixture), "en", "x", Fixtures.resource("articles/" + fixture));
    }

    @Test
    void validArticleIsTyped() {
        Result<Article> r = parse("valid.md");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Article a = r.value();
        assertEquals("A valid article", a.meta().title());
        assertEquals(LocalDate.of(2026, 11, 25), a.meta().date());
        assertEquals("https://arxiv.org/abs/2312.05934", a.meta().source().url());
        assertEquals(List.of("eval-set"), a.meta().terms());
        assertEquals(2, a.meta().order());
        assertEquals(14, a.bodyLine(), "body starts after the closing ---");
        assertEquals("proc-evaluace", a.outline().headings().get(0).id(), "Czech heading → ASCII anchor");
        assertEquals(17, a.outline().headings().get(0).line());
        assertEquals("other.md#a-heading", a.outline().links().get(0).url());
        assertEquals(15, a.outline().links().get(0).line(), "link line counted in the file, not the body");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unclosed-front-matter.md | 6 | the front matter is not closed       | add a line `---` above line 6",
            "no-front-matter.md       | 1 | does not start with front matter     | start the file with a line `---`",
            "malformed-yaml.md        | 4 | invalid YAML                         | check indentation",
            "unknown-key.md           | 9 | unknown key \"autor\"                | use one of: aliases, date, draft",
            "hostile-yaml.md          | 2 | YAML tags (!!java.io.File) are not allowed | remove the tag",
            "duplicate-key.md         | 3 | duplicate key \"title\"              | ",
    })
    void malformedFrontMatterNamesLineAndFix(String fixture, int line, String message, String fix) {
        Result<Article> r = parse(fixture);
        assertNull(r.value(), "a broken article is not published");
        Problem p = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(Path.of("content/en/articles/" + fixture), p.file());
        assertEquals(line, p.line(), p.format());
        assertTrue(p.message().contains(message.strip()), p.format());
        if (fix != null) assertTrue(p.fix().contains(fix.strip()), p.format());
        assertTrue(p.format().startsWith("content/en/articles/" + fixture + ":" + line + ": "), p.format());
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        List<Problem> problems = parse("missing-required.md").problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("missing required field \"verdict\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("missing required field \"source\"")), problems.toString());
    }

    @Test
    void wrongTypesAreReportedTogetherWithTheirLines() {
        List<Problem> problems = parse("wrong-types.md").problems();
        Problem date = problems.stream().filter(p -> p.message().contains("\"date\" is not a date")).findFirst().orElseThrow();
        assertEquals(3, date.line());
        assertTrue(date.fix().contains("YYYY-MM-DD"));
        Problem terms = problems.stream().filter(p -> p.message().contains("\"terms\" must be a list")).findFirst().orElseThrow();
        assertEquals(9, terms.line());
        Problem order = problems.stream().filter(p -> p.message().contains("\"order\" must be a whole number")).findFirst().orElseThrow();
        assertEquals(10, order.line());
    }

    @Test
    void badSlugIsAnError() {
        Result<Article> r = ArticleParser.parse(Path.of("a.md"), "cs", "a", Fixtures.articleText("slug: Dolaďování modelů\n", "x"));
        assertNull(r.value());
        assertTrue(r.problems().get(0).message().contains("not a clean URL segment"), r.problems().toString());
        assertEquals(10, r.problems().get(0).line());
    }

    @Test
    void sourceMustBeAWebAddress() {
        Result<Article> r = ArticleParser.parse(Path.of("a.md"), "en", "a",
                "---\ntitle: T\ndate: 2026-11-25\nsummary: S\nverdict: V\nsource:\n  title: X\n  url: javascript:alert(1)\n---\n");
        assertNull(r.value());
        assertEquals(8, r.problems().get(0).line());
        assertNotNull(r.problems().get(0).fix());
    }
}
