package org.decisionguide.check;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check fires on the page defect it is for, and a correct pair of pages passes them all. */
class SiteCheckerTest {
    private static final String ORIGIN = "https://guide.example.org";
    private final SiteChecker checker = new SiteChecker(Fixtures.config(true), Path.of("public"));

    private static String page(String lang, String self, String alternates, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'none'\">"
                + "<title>T</title><meta name=\"description\" content=\"d\">"
                + "<link rel=\"canonical\" href=\"" + ORIGIN + self + "\">" + alternates
                + "</head><body><main id=\"main\">" + body + "</main></body></html>";
    }

    private static String alternates(String en, String cs) {
        return "<link rel=\"alternate\" hreflang=\"en\" href=\"" + ORIGIN + en + "\">"
                + "<link rel=\"alternate\" hreflang=\"cs\" href=\"" + ORIGIN + cs + "\">"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + ORIGIN + en + "\">";
    }

    private static String switcher(String current) {
        return "<nav class=\"lang-switcher\"><ul>"
                + "<li><a href=\"/en/a/\" hreflang=\"en\" lang=\"en\"" + ("en".equals(current) ? " aria-current=\"page\"" : "") + ">English</a></li>"
                + "<li><a href=\"/cs/a/\" hreflang=\"cs\" lang=\"cs\"" + ("cs".equals(current) ? " aria-current=\"page\"" : "") + ">Čeština</a></li>"
                + "</ul></nav>";
    }

    private static OutputFile file(String path, String html) {
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private List<OutputFile> goodPair(String enBody) {
        List<OutputFile> files = new ArrayList<>();
        files.add(file("en/a/index.html", page("en", "/en/a/", alternates("/en/a/", "/cs/a/"), switcher("en") + enBody)));
        files.add(file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"),
                switcher("cs") + "<h2 id=\"sekce\">S</h2><img src=\"/assets/x.png\" alt=\"graf\">")));
        files.add(file("assets/x.png", new String(new byte[]{1})));
        return files;
    }

    @Test
    void correctPagesPass() {
        List<Problem> problems = checker.check(goodPair("<a href=\"/en/a/#main\">top</a> <a href=\"#main\">skip</a> <a href=\"https://arxiv.org/abs/1\">paper</a>"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aLinkWrittenInAnArticleIsLeftToTheSourceCheckOnlyWhenTheBuildRunsIt() {
        String body = "<div class=\"article-body\"><p><a href=\"/en/gone/\">written</a></p>"
                + "<p><a class=\"term\" href=\"/en/glossary-gone/\">marked</a></p></div>";
        List<String> pageOnly = checker.check(goodPair(body)).stream().map(Problem::message).toList();
        assertTrue(pageOnly.stream().anyMatch(m -> m.startsWith("broken link: /en/gone/")), "./guide check sees every link: " + pageOnly);
        List<String> inBuild = new SiteChecker(Fixtures.config(true), Path.of("public"), true).check(goodPair(body)).stream()
                .map(Problem::message).toList();
        assertTrue(inBuild.stream().noneMatch(m -> m.contains("/en/gone/")), "reported at the Markdown line instead: " + inBuild);
        assertTrue(inBuild.stream().anyMatch(m -> m.startsWith("broken link: /en/glossary-gone/")),
                "a link the build adds to the body is still checked on the page: " + inBuild);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>                          | inline <script>",
            "<p onclick=\"x()\">p</p>                           | event-handler attribute onclick",
            "<p style=\"color:red\">p</p>                       | inline style attribute",
            "<style>p{}</style>                                 | inline <style>",
            "<a href=\"/en/missing/\">x</a>                     | broken link: /en/missing/",
            "<a href=\"/en/a/../missing/\">x</a>               | broken link: /en/a/../missing/ (no en/missing/index.html",
            "<a href=\"../missing/\">x</a>                      | broken link: ../missing/ (no en/missing/index.html",
            "<a href=\"/en/a/#nowhere\">x</a>                   | broken fragment",
            "<a href=\"#nowhere\">x</a>                         | broken fragment: #nowhere (no id=\"nowhere\" on en/a/index.html",
            "<a href=\"/cs/a/#nowhere\" hreflang=\"cs\">x</a>   | broken fragment",
            "<a href=\"/cs/a/\">x</a>                           | a en page links to a cs page",
            "<img src=\"/assets/x.png\">                         | has no alt text",
            "<img src=\"https://cdn.example.com/x.png\" alt=\"\"> | from another site",
            "<a href=\"javascript:alert(1)\">x</a>              | is refused",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>        | is refused",
            "<iframe src=\"/en/a/\"></iframe>                   | <iframe> is not allowed",
    })
    void defectIsReported(String body, String expected) {
        List<Problem> problems = checker.check(goodPair(body));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(expected.strip())), problems.toString());
        Problem p = problems.get(0);
        assertEquals(Path.of("public/en/a/index.html"), p.file());
        assertTrue(p.line() > 0, "the line in the built page is named");
    }

    @Test
    void nonReciprocalHreflangIsReported() {
        List<OutputFile> files = goodPair("");
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/other/", "/cs/a/"), switcher("cs"))));
        files.add(file("en/other/index.html", page("en", "/en/other/", "", "")));
        List<Problem> problems = checker.check(files);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("not reciprocal")), problems.toString());
    }

    @Test
    void hreflangMustMatchTheTargetLanguage() {
        List<OutputFile> files = goodPair("");
        files.set(1, file("cs/a/index.html", page("pl", "/cs/a/", alternates("/en/a/", "/cs/a/"), "")));
        List<Problem> problems = checker.check(files);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("whose <html lang> is pl")), problems.toString());
    }

    @Test
    void switcherMustPointToTheTranslationsAndMarkTheCurrentOne() {
        List<OutputFile> files = goodPair("");
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"), switcher("en"))));
        List<Problem> problems = checker.check(files);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("aria-current")), problems.toString());
    }

    @Test
    void missingHeadEssentialsAreReported() {
        String bare = "<!DOCTYPE html><html><head></head><body></body></html>";
        List<Problem> problems = checker.check(List.of(file("en/x.html", bare)));
        for (String expected : List.of("no <html lang>", "no <title>", "no meta description", "canonical", "no Content-Security-Policy")) {
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(expected)), expected + " in " + problems);
        }
    }

    @Test
    void weakCspIsReported() {
        String html = page("en", "/en/a/", "", "").replace("object-src 'none'", "script-src 'self' 'unsafe-inline'");
        List<Problem> problems = checker.check(List.of(file("en/a/index.html", html)));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("lacks object-src 'none'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("allows 'unsafe-inline'")), problems.toString());
    }
}
