package org.decisionguide.pipeline;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The usual mistakes of a first contribution, made all at once in a copy of the real site and built once, as a
 * contributor would: each is reported exactly once, at the Markdown file and line where it was made (never at a
 * generated page), with a fix that can be applied there. The same build shows what must not happen: a scaffold
 * leaking into lists, a re-wrapped paragraph making translations stale, a fallback address going dead.
 */
class ContributorMistakesTest {

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;
    static Map<String, OutputFile> files;

    static final String CS = "content/cs/articles/evals-first.md";
    static final String EN_PLAN = "content/en/articles/thirty-day-plan.md";
    static final String PL_PLAN = "content/pl/articles/thirty-day-plan.md";

    @BeforeAll
    static void buildWithMistakes() throws IOException {
        site = Fixtures.copyOfRealSite(dir);
        // The translations of evals-first recorded as current, as `translate --refresh` does after a translator's update
        // (item 6 re-wraps its original below).
        for (String lang : List.of("cs", "pl")) {
            Fixtures.Run refresh = Fixtures.guide("translate", "--refresh", "evals-first", lang, "--root", site.toString());
            assertEquals(0, refresh.exit(), refresh.err());
        }
        // Item 4: a Czech translation saved under a misspelt name.
        Files.writeString(site.resolve("content/cs/articles/evals-frist.md"), Files.readString(site.resolve(CS))
                .replace("slug: nejdriv-evaly", "slug: nejdriv-evaly-kopie"));
        // Item 3: links written as site addresses, in a translation and in an original that has a fallback page.
        insertAfterHeading(CS, "## Demo není eval", List.of(
                "Viz také [anglický originál](/en/articles/context-engineering/).",
                "A [rozbitý odkaz](/cs/articles/neexistuje/).",
                "![Graf](/assets/img/graf-chybi.png)"));
        insertAfterHeading(EN_PLAN, "## Before day one: the claim and the decider", List.of(
                "See [the old plan](/en/articles/thirty-day-plna/) first."));
        // The Polish translation becomes a scaffold (CONTRIBUTING's first step): a copy of the English text, link and
        // all, that is not published; readers get the English original, whose body renders on the fallback page too.
        Files.delete(site.resolve(PL_PLAN));
        Fixtures.Run translate = Fixtures.guide("translate", "thirty-day-plan", "pl", "--root", site.toString());
        assertEquals(0, translate.exit(), translate.err());
        Path scaffold = site.resolve(PL_PLAN);
        Files.writeString(scaffold, Files.readString(scaffold)
                .replaceFirst("(?m)^title: .*$", "title: \"Xyzzy plan (szkic)\"")
                .replaceFirst("(?m)^tags: .*$", "tags: [xyzzy-tag]"));
        // Item 5: a new article taking an established slug, a misspelt key, an unclosed front matter.
        Files.writeString(site.resolve("content/en/articles/evals-again.md"), "---\ntitle: Evals again\ndate: 2026-12-01\n"
                + "reviewed: 2026-12-01\nsummary: S.\nverdict: V.\nslug: evals-first\nsource:\n  title: X\n  url: https://example.org/\n---\n\nBody.\n");
        Files.writeString(site.resolve("content/en/articles/typo-key.md"), "---\ntitle: Typo\ndate: 2026-12-01\n"
                + "reviewed: 2026-12-01\nsummary: S.\nverdit: V.\nsource:\n  title: X\n  url: https://example.org/\n---\n\nBody.\n");
        Files.writeString(site.resolve("content/en/articles/unclosed.md"), "---\ntitle: Unclosed\ndate: 2026-12-01\n"
                + "reviewed: 2026-12-01\nsummary: S.\nverdict: V.\nsource:\n  title: X\n  url: https://example.org/\n\n## First section\n\nBody.\n");
        // Item 6: a paragraph of an original re-wrapped (same words), and a real change to another original's introduction.
        Path evals = site.resolve("content/en/articles/evals-first.md");
        String text = Files.readString(evals);
        String rewrapped = text.replace("on the inputs we actually\nreceive, and which", "on the\ninputs we actually receive,   and which");
        assertFalse(rewrapped.equals(text), "the paragraph to re-wrap is in the fixture");
        Files.writeString(evals, rewrapped);
        Path context = site.resolve("content/en/articles/context-engineering.md");
        String changed = Files.readString(context).replaceFirst("A model answers from what it receives", "A model only answers from what it receives");
        Files.writeString(context, changed);

        result = Pipeline.build(new BuildOptions(site, false, null).on(Fixtures.TODAY));
        files = result.files().stream().collect(Collectors.toMap(OutputFile::path, f -> f));
    }

    // --- item 3: errors point at the source ---

    @Test
    void aCzechArticleLinkingToAnEnglishPageByAddressIsReportedAtItsLineWithTheFileLinkAsFix() throws IOException {
        Problem p = once(CS, "/en/articles/context-engineering/");
        assertEquals(line(CS, "[anglický originál]"), p.line());
        assertTrue(p.isError());
        assertTrue(p.fix().contains("`context-engineering.md`") && p.fix().contains("`../../en/articles/context-engineering.md`"), p.format());
        assertFalse(p.fix().contains("hreflang"), "Markdown cannot set hreflang: " + p.format());
    }

    @Test
    void aBrokenLinkWrittenAsAnAddressIsReportedAtItsLineWithAnArticleFileAsFix() throws IOException {
        Problem p = once(CS, "/cs/articles/neexistuje/");
        assertEquals(line(CS, "[rozbitý odkaz]"), p.line());
        assertTrue(p.fix().contains("`other-id.md`"), p.format());
    }

    @Test
    void aMissingImageIsReportedAtItsLineWithWhereImagesGo() throws IOException {
        Problem p = once(CS, "/assets/img/graf-chybi.png");
        assertEquals(line(CS, "![Graf]"), p.line());
        assertTrue(p.message().contains("does not exist") && p.fix().contains("assets/img/"), p.format());
    }

    @Test
    void aBrokenLinkInAnOriginalIsReportedOnceNotAgainForItsFallbackPage() throws IOException {
        Problem p = once(EN_PLAN, "/en/articles/thirty-day-plna/");
        assertEquals(line(EN_PLAN, "[the old plan]"), p.line());
        assertTrue(p.fix().contains("did you mean thirty-day-plan.md?"), p.format());
        assertTrue(files.containsKey("pl/articles/thirty-day-plan/index.html"), "the fallback page that shows the same body exists");
    }

    @Test
    void noProblemNamesAGeneratedPage() {
        List<String> onPages = result.problems().stream().filter(p -> p.file().startsWith("public")).map(Problem::format).toList();
        assertTrue(onPages.isEmpty(), onPages.toString());
    }

    // --- item 4: translation files ---

    @Test
    void aTranslationUnderAWrongFileNameIsAnErrorWithDidYouMean() {
        Problem p = once("content/cs/articles/evals-frist.md", "translation without an original");
        assertTrue(p.isError() && p.line() > 1, p.format());
        assertTrue(p.fix().contains("did you mean evals-first.md?") && p.fix().contains("content/cs/articles/evals-first.md"), p.format());
        assertTrue(problemsAbout("evals-frist").stream().allMatch(x -> x.file().equals(Path.of("content/cs/articles/evals-frist.md"))),
                "no missing-translation warnings for languages the misnamed file never had: " + problemsAbout("evals-frist"));
        assertFalse(files.containsKey("en/articles/nejdriv-evaly-kopie/index.html"), "the Czech text is not published as English");
    }

    @Test
    void aScaffoldStillMarkedNeedsTranslationAppearsNowhere() {
        List<String> leaks = files.values().stream().filter(f -> !f.path().startsWith("assets/"))
                .filter(f -> f.text().toLowerCase(java.util.Locale.ROOT).contains("xyzzy"))
                .map(OutputFile::path).toList();
        assertTrue(leaks.isEmpty(), "the scaffold's title and tags leak into " + leaks);
        Document fallback = Jsoup.parse(files.get("pl/articles/thirty-day-plan/index.html").text());
        assertEquals("en", fallback.selectFirst("article").attr("lang"), "Polish readers get the English original meanwhile");
        List<String> aboutScaffold = result.problems().stream().filter(x -> x.file().equals(Path.of(PL_PLAN))).map(Problem::format).toList();
        assertEquals(1, aboutScaffold.size(), "only the missing-translation warning: " + aboutScaffold);
        assertTrue(aboutScaffold.get(0).contains("needs_translation") && aboutScaffold.get(0).contains("--refresh"), aboutScaffold.get(0));
    }

    // --- item 5: front matter ---

    @Test
    void aDuplicateSlugBlamesTheNewerArticleAndKeepsTheEstablishedPage() {
        Problem p = once("content/en/articles/evals-again.md", "slug \"evals-first\"");
        assertEquals(7, p.line(), "the line of the new article's slug");
        assertTrue(p.message().contains("content/en/articles/evals-first.md"), p.format());
        assertTrue(p.fix().contains("change this article's `slug:`") && p.fix().contains("`slug: evals-again`"), p.format());
        assertTrue(result.problems().stream().noneMatch(x -> x.file().equals(Path.of("content/en/articles/evals-first.md"))
                && x.message().contains("slug")), "the established article is not blamed");
        assertTrue(files.get("en/articles/evals-first/index.html").text().contains("<h1>Evals first"),
                "the established page is built, not overwritten");
    }

    @Test
    void aMisspeltKeyGetsDidYouMeanOnceAndNoMissingFieldBesides() {
        Problem p = once("content/en/articles/typo-key.md", "verdit");
        assertEquals(6, p.line());
        assertTrue(p.message().contains("did you mean \"verdict\"") && p.fix().contains("rename it to `verdict:`"), p.format());
        assertEquals(1, problemsIn("content/en/articles/typo-key.md").size(), problemsIn("content/en/articles/typo-key.md").toString());
    }

    @Test
    void anUnclosedFrontMatterIsReportedWhereItShouldHaveEnded() {
        Problem p = once("content/en/articles/unclosed.md", "not closed");
        assertEquals(11, p.line(), "the heading is the first line that cannot be front matter: " + p.format());
        assertTrue(p.fix().contains("above line 11") && p.fix().contains("(line 9)"), p.format());
    }

    // --- item 6: stale only on a change of the text ---

    @Test
    void reWrappingAParagraphOfTheOriginalLeavesItsTranslationsCurrent() {
        List<String> stale = result.problems().stream().filter(x -> x.message().startsWith("stale translation"))
                .filter(x -> x.file().getFileName().toString().equals("evals-first.md")).map(Problem::format).toList();
        assertTrue(stale.isEmpty(), stale.toString());
        assertFalse(files.get("cs/articles/nejdriv-evaly/index.html").text().contains("notice-stale"), "no out-of-date notice");
    }

    @Test
    void aRealChangeIsStaleAndNamedByItsSectionTitleNotItsId() {
        List<Problem> stale = problemsIn("content/cs/articles/context-engineering.md").stream()
                .filter(x -> x.message().startsWith("stale translation")).toList();
        assertEquals(1, stale.size(), stale.toString());
        Problem p = stale.get(0);
        assertTrue(p.message().contains("the introduction") && !p.message().contains("_intro"), p.format());
        Document page = Jsoup.parse(files.get("en/translations/index.html").text());
        assertFalse(page.text().contains("_intro"), "the translations page names sections, not ids");
        assertTrue(page.text().contains("the introduction"), page.select("table").text());
    }

    // --- item 7: the fallback address keeps working ---

    @Test
    void theFallbackAddressOfAPublishedTranslationRedirectsToIt() {
        OutputFile redirect = files.get("cs/articles/evals-first/index.html");
        assertNotNull(redirect, "the address Czech readers had before the translation existed");
        Document d = Jsoup.parse(redirect.text());
        assertEquals("0; url=/cs/articles/nejdriv-evaly/", d.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(d.select("a[href=/cs/articles/nejdriv-evaly/]").size() > 0, "a link for readers whose browser does not refresh");
        assertTrue(files.get("_redirects").text().contains("/cs/articles/evals-first/ /cs/articles/nejdriv-evaly/ 301"));
    }

    // --- helpers ---

    /** The one problem in {@code file} whose message contains {@code text}; fails unless there is exactly one in the whole build. */
    private static Problem once(String file, String text) {
        List<Problem> all = result.problems().stream().filter(p -> p.message().contains(text)).toList();
        assertEquals(1, all.size(), "\"" + text + "\" reported " + all.size() + " times: "
                + all.stream().map(Problem::format).toList());
        Problem p = all.get(0);
        assertEquals(Path.of(file), p.file(), p.format());
        assertTrue(p.line() > 0 && !p.fix().isBlank(), "a line and a fix: " + p.format());
        return p;
    }

    private static List<Problem> problemsIn(String file) {
        return result.problems().stream().filter(p -> p.file().equals(Path.of(file))).toList();
    }

    private static List<Problem> problemsAbout(String id) {
        Predicate<Problem> about = p -> p.file().toString().contains(id) || p.message().contains(id);
        return result.problems().stream().filter(about).toList();
    }

    /** The 1-based line of the file (as built) that contains {@code snippet}. */
    private static int line(String file, String snippet) throws IOException {
        List<String> lines = Files.readAllLines(site.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(snippet)) return i + 1;
        throw new AssertionError(snippet + " not in " + file);
    }

    private static void insertAfterHeading(String file, String heading, List<String> lines) throws IOException {
        Path p = site.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains("\n" + heading + "\n"), heading + " in " + file);
        Files.writeString(p, text.replace("\n" + heading + "\n", "\n" + heading + "\n\n" + String.join("\n\n", lines) + "\n"));
    }
}
