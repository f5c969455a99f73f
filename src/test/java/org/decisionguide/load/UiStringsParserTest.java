package org.decisionguide.load;

import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.UiStrings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typography rules a language file states, and one clear message per rule written wrongly. */
class UiStringsParserTest {

    @Test
    void readsAbbreviationsAndOrdinals() {
        Result<UiStrings> r = UiStringsParser.parse("cs", """
                typography:
                  no_break_after: [v]
                  no_break_phrases: ["p. b.", "a kol."]
                  ordinals: true
                messages:
                  k: v
                """);
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(List.of("p. b.", "a kol."), r.value().noBreakPhrases());
        assertTrue(r.value().ordinals());
    }

    @Test
    void withoutThemNothingChanges() {
        Result<UiStrings> r = UiStringsParser.parse("en", "typography:\n  no_break_after: []\nmessages:\n  k: v\n");
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(List.of(), r.value().noBreakPhrases());
        assertFalse(r.value().ordinals());
    }

    @Test
    void wrongTypesAreReportedWithTheirLineAndFix() {
        Result<UiStrings> r = UiStringsParser.parse("cs", """
                typography:
                  no_break_phrases: p. b.
                  ordinals: yes
                messages:
                  k: v
                """);
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("no_break_phrases") && errors.get(0).line() == 2, errors.toString());
        assertTrue(errors.get(1).message().contains("ordinals") && errors.get(1).fix().contains("ordinals: true"), errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.file().toString().endsWith("cs.yaml")), errors.toString());
    }
}
