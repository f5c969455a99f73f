package org.decisionguide.load;

import org.decisionguide.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed reads every YAML file shares: a wrong value gets exactly one problem, at its line, that says what was
 * found (quoted, shortened when long) and what to write instead.
 */
class FieldsTest {
    private static final Path FILE = Path.of("content/x.yaml");
    private final List<Problem> problems = new ArrayList<>();

    private Fields open(String yaml) {
        Fields f = Fields.open(FILE, yaml, problems, "must be a map", "write a map");
        if (f == null) throw new AssertionError(problems.toString());
        return f;
    }

    private Problem only() {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(FILE, problems.get(0).file());
        return problems.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title: [a, b]               | \"title\" must be text, not a list",
            "title: {a: 1}               | \"title\" must be text, not a map",
            "title: 42                   | \"title\" must be text, not a number (42)",
            "title: true                 | \"title\" must be text, not a boolean (true)",
            "title: \"   \"             | \"title\" is empty",
    })
    void aWrongTextIsOneProblemSayingWhatWasFound(String yaml, String message) {
        Fields f = open("other: 1\n" + yaml.strip() + "\n");
        assertNull(f.requiredString(f.root(), "", "title", "the title"));
        Problem p = only();
        assertEquals(message.strip(), p.message());
        assertEquals(2, p.line());
    }

    @Test
    void textIsStrippedAndAMissingFieldIsReportedOnce() {
        Fields f = open("title: '  Padded  '\n");
        assertEquals("Padded", f.requiredString(f.root(), "", "title", "the title"));
        assertNull(f.requiredString(f.root(), "", "summary", "one sentence"));
        assertNull(f.optionalString(f.root(), "", "slug", "a slug"));
        Problem p = only();
        assertEquals("missing required field \"summary\"", p.message());
        assertEquals("add `summary: ` with one sentence", p.fix());
    }

    @Test
    void longTextIsShortenedInTheMessage() {
        String forty = "a".repeat(40);
        Fields f = open("draft: " + forty + "\nupdated: " + forty + "b\n");
        assertFalse(f.optionalBoolean(f.root(), "", "draft"));
        assertNull(f.date(f.root(), "", "updated", false));
        assertEquals("\"draft\" must be true or false, not text \"" + forty + "\"", problems.get(0).message());
        assertEquals("\"updated\" is not a date: " + forty + "b", problems.get(1).message());
        problems.clear();
        f = open("draft: " + forty + "b\n");
        f.optionalBoolean(f.root(), "", "draft");
        assertEquals("\"draft\" must be true or false, not text \"" + "a".repeat(37) + "...\"", only().message());
    }

    @Test
    void booleansNumbersAndDates() {
        Fields f = open("draft: true\nhidden: false\norder: 3\ndate: 2026-11-25\n");
        assertTrue(f.optionalBoolean(f.root(), "", "draft"));
        assertFalse(f.optionalBoolean(f.root(), "", "hidden"));
        assertFalse(f.optionalBoolean(f.root(), "", "absent"));
        assertEquals(3, f.optionalInt(f.root(), "", "order"));
        assertNull(f.optionalInt(f.root(), "", "absent"));
        assertEquals(LocalDate.of(2026, 11, 25), f.date(f.root(), "", "date", true));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "order: 2.5                 | \"order\" must be a whole number, not a number (2.5)",
            "order: 99999999999         | \"order\" must be a whole number, not a number (99999999999)",
            "order: three               | \"order\" must be a whole number, not text \"three\"",
    })
    void aWholeNumberIsRequiredWhereOneIsExpected(String yaml, String message) {
        Fields f = open("x: 1\n" + yaml.strip() + "\n");
        assertNull(f.optionalInt(f.root(), "", "order"));
        assertEquals(message.strip(), only().message());
        assertEquals(2, only().line());
    }

    @Test
    void aRequiredDateIsReportedWhenMissingOrWrong() {
        Fields f = open("date: 2026-13-01\nupdated: 20261125\n");
        assertNull(f.date(f.root(), "", "date", true));
        assertNull(f.date(f.root(), "", "updated", true));
        assertNull(f.date(f.root(), "", "reviewed", true));
        assertNull(f.date(f.root(), "", "optional", false));
        assertEquals(List.of("\"date\" is not a date: 2026-13-01 @1", "\"updated\" is not a date: 20261125 @2",
                "missing required field \"reviewed\" @1"), problems.stream().map(p -> p.message() + " @" + p.line()).toList());
    }

    @Test
    void eachWrongListItemIsReportedAtItsOwnLine() {
        Fields f = open("terms:\n  - eval-set\n  - [nested]\n  - ''\n  - ' rag '\n");
        assertEquals(List.of("eval-set", "rag"), f.stringList(f.root(), "", "terms", "a glossary id"));
        assertEquals(List.of("item 2 of \"terms\" must be a glossary id @3", "item 3 of \"terms\" must be a glossary id @4"),
                problems.stream().map(p -> p.message() + " @" + p.line()).toList());
    }

    @Test
    void aListWhereOneIsExpected() {
        Fields f = open("terms: eval-set\n");
        assertEquals(List.of(), f.stringList(f.root(), "", "terms", "a glossary id"));
        assertEquals("\"terms\" must be a list, not text \"eval-set\"", only().message());
        assertEquals("write it as a list: `terms: [a, b]`", only().fix());
    }

    @Test
    void aMapWhereOneIsExpected() {
        Fields f = open("source: https://example.org\n");
        assertNull(f.map(f.root(), "", "source", true, "title and url"));
        assertNull(f.map(f.root(), "", "translated_from", false, "hashes"));
        assertEquals("\"source\" must be a map, not text \"https://example.org\"", only().message());
        problems.clear();
        Fields g = open("title: T\n");
        assertNull(g.map(g.root(), "", "source", true, "title and url"));
        assertEquals("missing required field \"source\"", only().message());
    }

    @Test
    void aFileThatIsNotAMapIsReportedOnce() {
        assertNull(Fields.open(FILE, "- a\n- b\n", problems, "the file must be a map", "write `key: value` lines"));
        assertEquals("the file must be a map", only().message());
        problems.clear();
        assertNull(Fields.open(FILE, "a: [\n", problems, "the file must be a map", "fix"));
        assertTrue(only().message().startsWith("invalid YAML"), only().message());
    }
}
