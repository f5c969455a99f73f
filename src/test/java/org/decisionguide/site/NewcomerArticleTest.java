package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's first pull request: a short English article made with {@code ./guide new article} as CONTRIBUTING
 * tells, with no translations ({@link NewcomerSite}). It builds as the pull-request workflow builds it, with the missing
 * translations as warnings that the job summary lists, and only the opt-in strict gate refuses it. Every site-level
 * test class runs its checks on this site too ({@link Sites}).
 */
class NewcomerArticleTest {
    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void copy() throws Exception {
        site = Fixtures.copyOfSite(NewcomerSite.root(), dir); // the CLI publishes into the folder: not the one the site tests read
    }

    @Test
    void theScaffoldDatesTheArticleTodayAndTheNewcomerOnlyFillsItIn() throws Exception {
        String text = Files.readString(site.resolve(NewcomerSite.FILE));
        assertTrue(text.contains("\ndate: " + Fixtures.TODAY + " "), "dated the day it was scaffolded:\n" + text);
        assertTrue(text.contains("\nreviewed: " + Fixtures.TODAY + " "), text);
        assertFalse(text.contains("draft: true"), text);
        assertTrue(text.contains("terms: [token, latency]") && text.contains("](" + NewcomerSite.LINKED + ".md)"), text);
        for (String lang : List.of("cs", "pl")) assertFalse(Files.exists(site.resolve("content/" + lang + "/articles/" + NewcomerSite.ID + ".md")));
    }

    @Test
    void thePullRequestBuildPublishesItAndWarnsOncePerMissingTranslation() {
        Fixtures.Run run = Fixtures.guide("build", "--root", site.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> aboutIt = run.err().lines().filter(l -> l.contains(NewcomerSite.ID)).toList();
        assertEquals(List.of(
                "content/cs/articles/" + NewcomerSite.ID + ".md: warning: missing translation: article \"" + NewcomerSite.ID
                        + "\" has no cs version (readers see the en original with a notice) — run ./guide translate " + NewcomerSite.ID
                        + " cs and translate " + NewcomerSite.FILE,
                "content/pl/articles/" + NewcomerSite.ID + ".md: warning: missing translation: article \"" + NewcomerSite.ID
                        + "\" has no pl version (readers see the en original with a notice) — run ./guide translate " + NewcomerSite.ID
                        + " pl and translate " + NewcomerSite.FILE), aboutIt);
        assertTrue(run.out().matches("(?s).*\\(0 errors, \\d+ warnings?\\).*"), run.out());
        assertTrue(Files.isRegularFile(site.resolve("public/en/articles/" + NewcomerSite.ID + "/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("public/cs/articles/" + NewcomerSite.ID + "/index.html")), "the Czech fallback page");
    }

    @Test
    void theJobSummaryListsTheMissingTranslationsWithTheChangedArticleFirst() {
        // as .github/workflows/pull-request.yml writes it
        Fixtures.Run run = Fixtures.guide("status", "--format", "markdown", "--changed", NewcomerSite.FILE, "--root", site.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.matches("\\| (\\*\\*)?`.*")).toList();
        assertEquals("| **`" + NewcomerSite.ID + "`** | original | **missing** | **missing** |", rows.get(0), run.out());
        assertTrue(run.out().contains(" 2 missing translations"), run.out());
    }

    @Test
    void onlyTheOptInStrictGateRefusesIt() {
        Fixtures.Run build = Fixtures.guide("build", "--strict", "--root", site.toString());
        assertEquals(1, build.exit());
        assertEquals(2, build.err().lines().filter(l -> l.contains(NewcomerSite.ID) && l.contains(": missing translation")).count(), build.err());
        Fixtures.Run status = Fixtures.guide("status", "--strict", "--root", site.toString());
        assertTrue(status.exit() != 0, "status --strict fails: " + status.out() + status.err());
    }
}
