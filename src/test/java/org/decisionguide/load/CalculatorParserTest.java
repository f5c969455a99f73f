package org.decisionguide.load;

import org.decisionguide.model.Calculator;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The calculator's data file: its values as the page gets them, and one problem per mistake at its line. */
class CalculatorParserTest {
    private static final String VALID = """
            as_of: 2026-12-02
            article: when-fine-tuning-wins
            slugs:
              en: break-even-calculator
              cs: kalkulacka-navratnosti
              pl: ~
            linked_from:
              decide: [payback]
              checklist: [cost-driver]
            inputs:
              requests: 2400000
              large_input: 2.00
            """;
    private static final String SCRIPT = "export function breakEven() {}\n";

    private static List<String> problems(Result<?> r) {
        return r.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aValidFileGivesTheDefaultsAndWhereThePageIsLinkedFrom() {
        Result<Calculator> r = CalculatorParser.parse(VALID, SCRIPT);
        assertEquals(List.of(), r.problems());
        Calculator c = r.value();
        assertEquals(LocalDate.of(2026, 12, 2), c.asOf());
        assertEquals("when-fine-tuning-wins", c.article());
        assertEquals(Map.of("en", "break-even-calculator", "cs", "kalkulacka-navratnosti"), c.slugs(), "a language without a slug has no page yet");
        assertEquals(Map.of("requests", 2400000.0, "large_input", 2.0), c.inputs());
        assertEquals(List.of("payback"), c.decideNodes());
        assertEquals(List.of("cost-driver"), c.checklistItems());
        assertEquals(SCRIPT, c.script());
    }

    @Test
    void aFileThatIsNotAMapSaysWhatItMustHold() {
        Result<Calculator> r = CalculatorParser.parse("- 1\n", SCRIPT);
        assertNull(r.value());
        assertEquals(List.of("content/calculator/break-even.yaml:1: break-even.yaml must be a map with `as_of:`, `article:`, `slugs:` and `inputs:`"
                + " — see the comments at the top of the file"), problems(r));
    }

    @Test
    void eachMistakeIsReportedAtItsLineAndNoCalculatorIsBuilt() {
        String broken = VALID.replace("as_of:", "asof: 2026-12-01\nas_of:")
                .replace("en: break-even-calculator", "en: Break Even")
                .replace("requests: 2400000", "requests: \"2400000\"")
                .replace("  checklist: [cost-driver]", "  checklist: [cost-driver]\n  articles: [x]");
        Result<Calculator> r = CalculatorParser.parse(broken, SCRIPT);
        assertNull(r.value());
        assertEquals(List.of(
                "content/calculator/break-even.yaml:1: unknown key \"asof\" — use one of: article, as_of, inputs, linked_from, slugs",
                "content/calculator/break-even.yaml:5: the slug \"Break Even\" is not a clean URL segment"
                        + " — use lower-case ASCII words joined by hyphens, e.g. kalkulacka-navratnosti",
                "content/calculator/break-even.yaml:13: the input \"requests\" must be a number, not \"2400000\""
                        + " — write a plain number such as 1200 or 0.3 (no units, no quotes)",
                "content/calculator/break-even.yaml:11: unknown key \"articles\" — use one of: checklist, decide"),
                problems(r));
    }
}
