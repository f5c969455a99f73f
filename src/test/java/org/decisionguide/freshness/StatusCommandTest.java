package org.decisionguide.freshness;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./guide status`: translations and fact checks, as text and as the Markdown the pull-request workflow publishes. */
class StatusCommandTest {

    private static Map<String, String> on(LocalDate day) {
        return Map.of("SOURCE_DATE_EPOCH", String.valueOf(day.atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
    }

    @Test
    void markdownHasBothTablesWithTheChangedArticleFirst() {
        String root = Fixtures.repoRoot().toString();
        Fixtures.Run run = Fixtures.guide(on(LocalDate.of(2029, 12, 2)), "status", "--format", "markdown", "--root", root,
                "--changed", "content/cs/articles/thirty-day-plan.md,README.md");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int translations = lines.indexOf("### Translations"), facts = lines.indexOf("### Facts");
        assertTrue(translations > 0 && facts > translations, run.out());
        assertTrue(lines.get(translations + 2).startsWith("| article | en | cs | pl |"), run.out());
        assertEquals("| **`thirty-day-plan`** | original | ok | ok |", lines.get(translations + 4), "the changed article first, in bold");
        assertTrue(lines.get(facts + 4).matches("\\| \\*\\*`thirty-day-plan`\\*\\* \\| \\d{4}-\\d\\d-\\d\\d \\| \\d{4}-\\d\\d-\\d\\d \\| \\*\\*overdue since \\d{4}-\\d\\d-\\d\\d\\*\\* \\| — \\|"), lines.get(facts + 4));
        assertTrue(run.out().contains("articles overdue for a fact check"), run.out());
    }

    @Test
    void textShowsReviewDatesAndWhatIsDueToday() throws Exception {
        String source = java.nio.file.Files.readString(Fixtures.repoRoot().resolve("content/en/articles/evals-first.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^reviewed: (\\S+)$").matcher(source);
        assertTrue(m.find(), "the original has a review date");
        LocalDate reviewed = LocalDate.parse(m.group(1)), due = reviewed.plusDays(180);
        Fixtures.Run run = Fixtures.guide(on(due.minusDays(23)), "status", "--root", Fixtures.repoRoot().toString());
        assertEquals(0, run.exit(), run.err());
        String row = run.out().lines().filter(l -> l.startsWith("evals-first ")).findFirst().orElseThrow();
        assertTrue(row.matches("evals-first\\s+original\\s+\\S+\\s+\\S+\\s+" + reviewed + "\\s+" + due + "\\s+due in 23 days"), row);
        assertTrue(run.out().contains("(today " + due.minusDays(23) + ")"), run.out());
    }
}
