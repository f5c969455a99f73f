package org.decisionguide.load;

import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The checklist and its texts written in the wrong shape: one problem per mistake, at its line, saying what to write. */
class ChecklistParserTest {

    private static List<String> problems(Result<?> r) {
        return r.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aChecklistThatIsNotAMapOrHasNoSectionsSaysWhatItMustBe() {
        Result<Checklist> list = ChecklistParser.parse("- measure\n");
        assertNull(list.value());
        assertEquals(List.of("content/checklist/checklist.yaml:1: checklist.yaml must be a map with `sections:`"
                + " — see CONTRIBUTING.md, section checklist"), problems(list));
        for (String empty : List.of("sections: []\n", "sections: measure\n", "sections:\n")) {
            Result<Checklist> r = ChecklistParser.parse(empty);
            assertNull(r.value(), empty);
            assertEquals(List.of("content/checklist/checklist.yaml:1: sections must be a non-empty list — add `sections:` with `- id:` and `items:`"),
                    problems(r), empty);
        }
    }

    @Test
    void badSectionsItemsAndIdsAreEachReportedAtTheirLine() {
        Result<Checklist> r = ChecklistParser.parse("""
                sections:
                  - measure
                  - id: Measure_1
                    items:
                      - id: eval-set
                  - id: build
                    items: []
                  - id: ship
                    items:
                      - just text
                      - id: eval-set
                      - must: true
                """);
        assertNull(r.value(), "a checklist with an error is not built");
        assertEquals(List.of(
                "content/checklist/checklist.yaml:2: each section must be a map with id and items — write `- id: measure` and `items:`",
                "content/checklist/checklist.yaml:3: section id \"Measure_1\" is not a clean id — use lower-case ASCII words joined by hyphens",
                "content/checklist/checklist.yaml:6: section \"build\" has no items — add `items:` with `- id:` entries",
                "content/checklist/checklist.yaml:10: each item must be a map — write `- id: eval-set` and optionally `must:`, `articles:`, `terms:`",
                "content/checklist/checklist.yaml:11: id \"eval-set\" is used twice — give every section and item its own id",
                "content/checklist/checklist.yaml:12: missing required field \"id\" — add `id: ` with a short id such as `eval-set`"),
                problems(r));
    }

    @Test
    void textsThatAreNotMapsAreReportedPerLanguageFile() {
        Result<ChecklistTexts> notAMap = ChecklistParser.parseTexts("cs", "- a\n");
        assertNull(notAMap.value());
        assertEquals(List.of("content/cs/checklist.yaml:1: the file must have `sections:` and `items:` — see content/en/checklist.yaml"),
                problems(notAMap));
        Result<ChecklistTexts> item = ChecklistParser.parseTexts("pl", "sections:\n  measure: Pomiar\nitems:\n  eval-set: Zbiór\n"
                + "  baseline:\n    label: L\n    why: W\n");
        assertEquals(List.of("content/pl/checklist.yaml:4: item \"eval-set\" must have `label:` and `why:` — write both on their own lines"),
                problems(item));
        assertEquals(List.of("baseline"), List.copyOf(item.value().items().keySet()), "the well-formed item is still read");
    }
}
