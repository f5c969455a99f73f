package org.decisionguide.freshness;

import org.decisionguide.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./guide build` on a copy of the real guide with the clock moved: what contributors and readers see as facts age. */
class FreshnessBuildTest {

    private static Map<String, String> clock(LocalDate day) {
        return Map.of("SOURCE_DATE_EPOCH", String.valueOf(day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) + 3600));
    }

    /** A redirect page: an old address of an article (a fallback address once the translation has its own slug). */
    private static boolean isRedirect(Path page) {
        try {
            return Files.readString(page).contains("http-equiv=\"refresh\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> articlePages(Path site, String lang) throws Exception {
        try (Stream<Path> s = Files.list(site.resolve("public/" + lang + "/articles"))) {
            return s.map(p -> p.resolve("index.html")).filter(Files::isRegularFile).filter(p -> !isRedirect(p)).sorted().toList();
        }
    }

    @Test
    void threeYearsAheadTheBuildPublishesWarnsPerOriginalAndEveryPageShowsTheNotice(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Fixtures.Run run = Fixtures.guide(clock(Fixtures.TODAY.plusYears(3)), "build", "--root", site.toString());
        assertEquals(0, run.exit(), "time passing never fails a build: " + run.err());
        List<String> originals;
        try (Stream<Path> s = Files.list(site.resolve("content/en/articles"))) {
            originals = s.map(p -> "content/en/articles/" + p.getFileName()).sorted().toList();
        }
        assertFalse(originals.isEmpty());
        for (String file : originals) {
            assertTrue(run.err().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(file) + ":\\d+: warning: facts due for review: .*")),
                    file + " is warned about by its original's file name:\n" + run.err());
        }
        Map<String, String> notice = Map.of("en", "were last checked on", "cs", "byla naposledy ověřena", "pl", "sprawdzono ostatnio");
        for (String lang : List.of("en", "cs", "pl")) {
            List<Path> pages = articlePages(site, lang);
            assertTrue(pages.size() >= originals.size(), lang + ": every article has a page");
            for (Path page : pages) {
                Element n = Jsoup.parse(Files.readString(page)).selectFirst(".notice-facts[role=note]");
                assertNotNull(n, page + " shows the overdue notice");
                assertTrue(n.text().contains(notice.get(lang)), page + ": " + n.text());
            }
        }

        Fixtures.Run strict = Fixtures.guide(clock(Fixtures.TODAY.plusYears(3)), "build", "--strict", "--root", site.toString());
        assertTrue(strict.err().lines().filter(l -> l.contains("facts due for review")).allMatch(l -> l.contains(": warning: ")),
                "strict still only warns about time passing:\n" + strict.err());
    }

    @Test
    void failOnOverdueFailsTheScheduledBuildAndKeepsThePublishedSite(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Fixtures.Run today = Fixtures.guide("build", "--fail-on-overdue", "--root", site.toString());
        assertEquals(0, today.exit(), "nothing is overdue on the pinned day: " + today.err());
        TreeMap<String, String> before = Fixtures.snapshot(site);
        Fixtures.Run late = Fixtures.guide(clock(Fixtures.TODAY.plusYears(3)), "build", "--fail-on-overdue", "--root", site.toString());
        assertEquals(1, late.exit());
        assertTrue(late.err().lines().anyMatch(l -> l.matches("content/en/articles/evals-first\\.md:\\d+: facts due for review: .*")), late.err());
        assertFalse(late.err().contains("Exception"), late.err());
        Fixtures.Run bad = Fixtures.guide(Map.of("SOURCE_DATE_EPOCH", "tomorrow"), "build", "--root", site.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("SOURCE_DATE_EPOCH must be whole seconds"), bad.err());
        assertEquals(before, Fixtures.snapshot(site));
    }

    @Test
    void claimsShowTheirDateInEveryLanguageAndAnExpiredOneIsReportedAndMarked(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Map<String, String> added = Map.of(
                "en", "\n\nOne provider [charged 5 USD an hour]{as-of=2026-11-01 until=2027-01-14} and [offered *hosted* tuning]{as-of=2026-12-02 valid=1y}.\n",
                "cs", "\n\nJeden poskytovatel [účtoval 5 USD za hodinu]{as-of=2026-11-01 until=2027-01-14} a [nabízel *hostované* dolaďování]{as-of=2026-12-02 valid=1y}.\n",
                "pl", "\n\nJeden dostawca [pobierał 5 USD za godzinę]{as-of=2026-11-01 until=2027-01-14} i [oferował *hostowane* dostrajanie]{as-of=2026-12-02 valid=1y}.\n");
        int line = 0;
        for (String lang : added.keySet()) {
            Path f = site.resolve("content/" + lang + "/articles/evals-first.md");
            String text = Files.readString(f);
            if (lang.equals("en")) line = (int) (text + "\n").lines().count() + 2;
            Files.writeString(f, text + added.get(lang));
        }
        Fixtures.Run run = Fixtures.guide(clock(LocalDate.of(2027, 1, 15)), "build", "--root", site.toString());
        assertEquals(0, run.exit(), run.err());
        String expected = "content/en/articles/evals-first.md:" + line + ": warning: dated claim expired on 2027-01-15: \"charged 5 USD an hour\"";
        assertTrue(run.err().contains(expected), expected + " in:\n" + run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("dated claim expired")).count(), "once, on the original");

        Map<String, String[]> labels = Map.of(
                "en", new String[] {"(as of 1 November 2026; may be out of date)", "(as of 2 December 2026)"},
                "cs", new String[] {"(ověřeno 1. listopadu 2026; už nemusí platit)", "(ověřeno 2. prosince 2026)"},
                "pl", new String[] {"(stan na 1 listopada 2026; mogło się zmienić)", "(stan na 2 grudnia 2026)"});
        for (String lang : List.of("en", "cs", "pl")) {
            Path page = articlePages(site, lang).stream().filter(p -> {
                try {
                    return Files.readString(p).contains("datetime=\"2026-11-01\""); // the article the claims were added to
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow(() -> new AssertionError(lang + ": no page shows a claim"));
            Document d = Jsoup.parse(Files.readString(page));
            List<Element> claims = d.select(".article-body span.claim");
            assertEquals(2, claims.size(), lang);
            assertTrue(claims.get(0).hasClass("claim-expired"), lang);
            assertFalse(claims.get(1).hasClass("claim-expired"), lang);
            assertEquals(labels.get(lang)[0], claims.get(0).selectFirst("time.claim-date").text().replace('\u00a0', ' '), lang);
            assertEquals("2026-11-01", claims.get(0).selectFirst("time").attr("datetime"));
            assertEquals(labels.get(lang)[1], claims.get(1).selectFirst("time.claim-date").text().replace('\u00a0', ' '), lang);
            assertNotNull(claims.get(1).selectFirst("em"), lang + ": inline Markdown inside a claim still renders");
            assertFalse(d.select(".article-body").text().contains("as-of="), lang + ": no raw markup on the page");
            Element notice = d.selectFirst(".notice-facts");
            assertNotNull(notice, lang + ": the expired-claims notice");
            assertFalse(notice.text().contains("last checked"), "the review itself is not overdue");
        }
    }
}
