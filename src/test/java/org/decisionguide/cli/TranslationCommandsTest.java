package org.decisionguide.cli;

import org.decisionguide.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translation workflow end to end on a copy of the site: fingerprints recorded with `translate --refresh`,
 * one Polish article deleted (the page shows the English original with a Polish notice, not a 404) and one
 * section of an English article edited (exactly that section is stale in CS and PL); `status` shows both.
 */
class TranslationCommandsTest {
    @TempDir
    static Path dir;
    static Path site;
    static String status;
    static int statusExit;



    @BeforeAll
    static void prepare() throws Exception {
        site = Fixtures.copyOfRealSite(dir);
        for (String lang : List.of("cs", "pl")) {
            try (Stream<Path> files = Files.list(site.resolve("content/" + lang + "/articles"))) {
                for (Path f : files.toList()) {
                    String id = f.getFileName().toString().replace(".md", "");
                    assertEquals(0, Fixtures.guide("translate", "--refresh", id, lang, "--root", site.toString()).exit());
                }
            }
        }
        // every translation refreshed: none stale (an article added in English only would still count as missing)
        assertTrue(Fixtures.guide("status", "--root", site.toString()).out().contains(" 0 stale, "));
        Files.delete(site.resolve("content/pl/articles/evals-first.md"));
        Path en = site.resolve("content/en/articles/diagnose-the-problem.md");
        String text = Files.readString(en);
        int at = text.indexOf("\n## ", text.indexOf("\n## ") + 1); // the second section
        int eol = text.indexOf('\n', at + 1);
        Files.writeString(en, text.substring(0, eol + 1) + "\nA sentence added to this section only.\n" + text.substring(eol + 1));
        Fixtures.Run s = Fixtures.guide("status", "--strict", "--root", site.toString());
        status = s.out();
        statusExit = s.exit();
        assertEquals(0, Fixtures.guide("build", "--root", site.toString()).exit());
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve("public").resolve(path)));
    }

    @Test
    void statusShowsTheMissingAndTheStaleTranslationAndFailsStrict() {
        assertEquals(1, statusExit);
        assertTrue(status.lines().anyMatch(l -> l.matches("evals-first\\s+original\\s+ok\\s+missing\\s+\\d{4}-\\d\\d-\\d\\d\\s+.*")), status);
        assertTrue(status.lines().anyMatch(l -> l.matches("diagnose-the-problem\\s+original\\s+stale\\s+stale\\s+\\d{4}-\\d\\d-\\d\\d\\s+.*")), status);
        assertTrue(status.contains("diagnose-the-problem (cs): the original changed in "), status);
        assertTrue(status.contains("up to date, 2 stale, 1 missing"), status);
    }

    @Test
    void aDeletedPolishArticleShowsTheEnglishOriginalWithAPolishNotice() throws Exception {
        Document d = page("pl/articles/evals-first/index.html");
        assertEquals("pl", d.selectFirst("html").attr("lang"));
        assertEquals("en", d.selectFirst("article").attr("lang"));
        assertTrue(d.selectFirst(".notice-missing").text().startsWith("Ten artykuł nie jest jeszcze dostępny po polsku"));
        assertEquals("https://decision-guide.example.org/en/articles/evals-first/", d.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(d.select("link[rel=alternate][hreflang]").isEmpty(), "not part of any hreflang cluster");
        assertNotNull(d.selectFirst("meta[name=robots][content=noindex]"));
        Document home = page("pl/index.html");
        assertEquals("en", home.selectFirst("a[href=/pl/articles/evals-first/]").attr("lang"), "listed, marked with its language");
        assertFalse(Files.readString(site.resolve("public/sitemap.xml")).contains("/pl/articles/evals-first/"));
        assertFalse(Files.readString(site.resolve("public/pl/feed.xml")).contains("evals-first"));
        Document en = page("en/articles/evals-first/index.html");
        assertTrue(en.select("link[hreflang=pl]").isEmpty(), "the English page no longer claims a Polish translation");
    }

    @Test
    void editingOneSectionMarksExactlyThatSectionStaleInCzechAndPolish() throws Exception {
        String en = Files.readString(site.resolve("content/en/articles/diagnose-the-problem.md"));
        int first = en.indexOf("\n## ") + 4, second = en.indexOf("\n## ", first) + 4;
        String heading = en.substring(second, en.indexOf('\n', second)).strip();
        for (String path : List.of("cs/articles/co-je-doopravdy-spatne/index.html", "pl/articles/diagnoza-problemu/index.html")) {
            Document d = page(path);
            String notice = d.selectFirst(".notice-stale").text();
            assertTrue(notice.contains(heading), path + ": " + notice);
            assertFalse(notice.contains(en.substring(first, en.indexOf('\n', first)).strip()), "only the edited section: " + notice);
        }
        assertNotNull(page("cs/translations/index.html").selectFirst("td.status-stale"));
        assertNotNull(page("pl/translations/index.html").selectFirst("td.status-missing"));
    }

    @Test
    void scaffoldsForANewArticleAndANewTranslation() throws Exception {
        Fixtures.Run made = Fixtures.guide("new", "article", "prompt-caching", "--root", site.toString());
        assertEquals(0, made.exit(), made.err());
        assertTrue(Files.readString(site.resolve("content/en/articles/prompt-caching.md")).contains("draft: true"));
        assertEquals(1, Fixtures.guide("new", "article", "prompt-caching", "--root", site.toString()).exit(), "never overwrites");
        Fixtures.Run tr = Fixtures.guide("translate", "evals-first", "pl", "--root", site.toString());
        assertEquals(0, tr.exit(), tr.err());
        String pl = Files.readString(site.resolve("content/pl/articles/evals-first.md"));
        assertTrue(pl.contains("needs_translation: true") && pl.contains("translated_from:"), pl);
        Fixtures.Run build = Fixtures.guide("build", "--root", site.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().contains("content/pl/articles/evals-first.md: warning: missing translation"), "still missing while marked");
        assertNotNull(page("pl/articles/evals-first/index.html").selectFirst(".notice-missing"), "and not published as a translation");
    }
}
