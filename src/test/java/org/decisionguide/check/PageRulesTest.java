package org.decisionguide.check;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Language;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page rules that keep the built site safe and its languages consistent, each on a page that breaks only that
 * rule: the problem names the built file, the line of the offending element, and what is wrong.
 */
class PageRulesTest {
    private static final String ORIGIN = "https://guide.example.org";
    private final SiteChecker checker = new SiteChecker(Fixtures.config(true), Path.of("public"));

    /** A page with one element per line: the head spans lines 1–9, the body's first line is line 11. */
    private static String page(String lang, String canonical, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'none'\">\n"
                + "<title>T</title>\n<meta name=\"description\" content=\"d\">\n"
                + "<link rel=\"canonical\" href=\"" + ORIGIN + canonical + "\">\n" + head + "\n"
                + "</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    private static OutputFile file(String path, String html) {
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String alternates(String en, String cs) {
        return "<link rel=\"alternate\" hreflang=\"en\" href=\"" + ORIGIN + en + "\">"
                + "<link rel=\"alternate\" hreflang=\"cs\" href=\"" + ORIGIN + cs + "\">"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + ORIGIN + en + "\">";
    }

    private static String switcher(String current, String enHref, String csHref) {
        return "<nav class=\"lang-switcher\"><ul>\n"
                + "<li><a href=\"" + enHref + "\" hreflang=\"en\" lang=\"en\"" + ("en".equals(current) ? " aria-current=\"page\"" : "") + ">English</a></li>\n"
                + "<li><a href=\"" + csHref + "\" hreflang=\"cs\" lang=\"cs\"" + ("cs".equals(current) ? " aria-current=\"page\"" : "") + ">Čeština</a></li>\n"
                + "</ul></nav>";
    }

    /** An English page and its Czech translation, both correct; {@code enBody} goes on line 11 of the English one. */
    private static List<OutputFile> pair(String enBody) {
        List<OutputFile> files = new ArrayList<>();
        files.add(file("en/a/index.html", page("en", "/en/a/", alternates("/en/a/", "/cs/a/"), enBody + "\n" + switcher("en", "/en/a/", "/cs/a/"))));
        files.add(file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"), switcher("cs", "/en/a/", "/cs/a/"))));
        return files;
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aCorrectPairHasNoProblems() {
        assertEquals(List.of(), checker.check(pair("<p>Text</p>")));
    }

    @Test
    void aScriptFileWithInlineCodeIsRefused() {
        List<OutputFile> files = pair("<script src=\"/assets/js/x.js\">alert(1)</script>");
        files.add(file("assets/js/x.js", ""));
        Problem p = only(checker.check(files));
        assertEquals("<script> with inline code", p.message());
        assertEquals(Path.of("public/en/a/index.html"), p.file());
        assertEquals(11, p.line());
        assertEquals("move the code to a file in assets/js/", p.fix());
    }

    @Test
    void aScriptFileWithOnlyWhitespaceIsAllowed() {
        List<OutputFile> files = pair("<script src=\"/assets/js/x.js\">\n  </script>");
        files.add(file("assets/js/x.js", ""));
        assertEquals(List.of(), checker.check(files));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" title=\"x\"></iframe> | srcdoc",
            "<form><button formaction=\"javascript:alert(1)\">Go</button></form>         | formaction",
            "<form><button formaction=\"/en/a/\">Go</button></form>                      | formaction",
            "<form action=\"javascript:alert(1)\"><button>Go</button></form>             | action",
            "<form action=\"data:text/html,x\"><button>Go</button></form>                | action",
    })
    void attributesThatRunOrSubmitElsewhereAreRefused(String body, String attribute) {
        List<Problem> problems = checker.check(pair(body.strip()));
        Problem p = problems.stream().filter(x -> x.message().startsWith("attribute ")).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("attribute " + attribute.strip() + " is not allowed here", p.message());
        assertEquals(11, p.line());
        assertEquals(Path.of("public/en/a/index.html"), p.file());
    }

    @Test
    void aFormThatSubmitsToTheSiteIsAllowed() {
        assertEquals(List.of(), checker.check(pair("<form action=\"/en/a/\"><button>Go</button></form>")));
    }

    @Test
    void aSwitcherLinkToTheWrongTranslationIsReported() {
        List<OutputFile> files = pair("");
        files.add(file("cs/b/index.html", page("cs", "/cs/b/", "", "")));
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"), switcher("cs", "/en/a/", "/cs/b/"))));
        Problem p = only(checker.check(files));
        assertEquals("the switcher's cs link /cs/b/ is not this page's cs translation", p.message());
        assertEquals(Path.of("public/cs/a/index.html"), p.file());
        assertEquals(13, p.line(), "the line of the wrong link");
    }

    @Test
    void aSwitcherLinkWithAnUnknownLanguageIsReported() {
        List<OutputFile> files = pair("");
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"),
                switcher("cs", "/en/a/", "/cs/a/").replace("<li><a href=\"/en/a/\" hreflang=\"en\" lang=\"en\"", "<li><a href=\"/en/a/\" hreflang=\"de\" lang=\"de\""))));
        List<Problem> problems = checker.check(files);
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("the switcher's de link /en/a/ is not this page's de translation") && p.line() == 12),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("the switcher lists ") && p.message().contains("de")
                && p.line() == 11), problems.toString());
    }

    @Test
    void aSwitcherLinkWithoutItsLangIsReported() {
        List<OutputFile> files = pair("");
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"),
                switcher("cs", "/en/a/", "/cs/a/").replace(" hreflang=\"en\" lang=\"en\"", " hreflang=\"en\""))));
        Problem p = only(checker.check(files));
        assertEquals("switcher link lacks lang=\"en\"", p.message());
        assertEquals(12, p.line());
    }

    @Test
    void aSwitcherThatLeavesATranslationOutIsReported() {
        List<OutputFile> files = pair("");
        String oneLink = "<nav class=\"lang-switcher\"><ul>\n<li><a href=\"/cs/a/\" hreflang=\"cs\" lang=\"cs\" aria-current=\"page\">Čeština</a></li>\n</ul></nav>";
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"), oneLink)));
        Problem p = only(checker.check(files));
        assertTrue(p.message().matches("the switcher lists \\[cs] but the page has translations \\[(cs, en|en, cs)]"), p.message());
        assertEquals(11, p.line(), "the line of the switcher");
    }

    @Test
    void aTranslatedPageWithoutASwitcherIsReported() {
        List<OutputFile> files = pair("");
        files.set(1, file("cs/a/index.html", page("cs", "/cs/a/", alternates("/en/a/", "/cs/a/"), "<p>Bez přepínače</p>")));
        Problem p = only(checker.check(files));
        assertEquals("the page has translations but no language switcher", p.message());
        assertEquals(Path.of("public/cs/a/index.html"), p.file());
        assertEquals(10, p.line(), "the line of <body>");
    }

    @Test
    void aPageThatListsOnlyItselfNeedsNoSwitcher() {
        String self = "<link rel=\"alternate\" hreflang=\"en\" href=\"" + ORIGIN + "/en/only/\">"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + ORIGIN + "/en/only/\">";
        assertEquals(List.of(), checker.check(List.of(file("en/only/index.html", page("en", "/en/only/", self, "<p>x</p>")))));
    }

    @Test
    void aPageReadOnItsOwnNamesTheLinesOfItsProblems() {
        PageFacts facts = checker.reader().read(file("en/a/index.html", page("en", "/en/a/", "", "<p>x</p>\n<p style=\"color:red\">y</p>")));
        assertEquals(List.of(Problem.error(Path.of("public/en/a/index.html"), 12, "inline style attribute", "use a class and assets/css/site.css")),
                facts.problems());
    }

    @Test
    void anImageWithNeitherSourceNorTextIsReported() {
        Problem p = only(checker.check(pair("<img>")));
        assertEquals("image without src and alt", p.message());
        assertEquals(11, p.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=\"//cdn.example.com/x.png\" alt=\"\">", "<script src=\"//cdn.example.com/x.js\"></script>",
            "<link rel=\"stylesheet\" href=\"//cdn.example.com/x.css\">"})
    void aProtocolRelativeAddressIsRefused(String element) {
        Problem p = only(checker.check(pair(element)));
        assertTrue(p.message().matches("URL \"//cdn\\.example\\.com/x\\.[a-z]+\" is refused: an address starting with // leaves the site without saying how"),
                p.message());
        assertEquals(11, p.line());
    }

    @Test
    void aMalformedAddressIsReported() {
        Problem p = only(checker.check(pair("<a href=\"/en/a/%zz\">x</a>")));
        assertEquals("URL \"/en/a/%zz\" is malformed", p.message());
        assertEquals(11, p.line());
    }

    @Test
    void dotSegmentsResolveAsABrowserResolvesThem() {
        assertEquals(List.of(), checker.check(pair("<a href=\"/en/a/.\">here</a> <a href=\"/cs/../en/a/\">back</a>")));
    }

    @Test
    void aPercentEncodedFragmentFindsItsHeading() {
        assertEquals(List.of(), checker.check(pair("<h2 id=\"été\">Été</h2>\n<a href=\"/en/a/#%C3%A9t%C3%A9\">x</a> <a href=\"#%C3%A9t%C3%A9\">y</a>")));
    }

    @Test
    void aPageWithoutTranslationsNeedsNoSwitcher() {
        assertEquals(List.of(), checker.check(List.of(file("en/only/index.html", page("en", "/en/only/", "", "<p>x</p>")))));
    }

    /** An untranslated page's fallback: kept out of search, it names the original it stands in for as canonical. */
    private static String fallback(String canonical) {
        return page("pl", canonical, "<meta name=\"robots\" content=\"noindex\">",
                "<div lang=\"en\"><p>Original text, <a href=\"/en/a/\">linking in its own language</a>.</p></div>");
    }

    @Test
    void aFallbackNamesItsOriginalAsCanonical() {
        List<OutputFile> files = pair("");
        files.add(file("pl/a/index.html", fallback("/en/a/")));
        assertEquals(List.of(), checker.check(files));
    }

    @Test
    void aFallbackWhoseCanonicalIsNoPageIsReportedAtTheCanonical() {
        List<OutputFile> files = pair("");
        files.add(file("pl/a/index.html", fallback("/en/missing/")));
        List<Problem> problems = checker.check(files);
        assertTrue(problems.contains(Problem.error(Path.of("public/pl/a/index.html"), 7, "canonical en/missing/index.html is not a page of the site",
                "point it to the original")), problems.toString());
    }

    @Test
    void aFallbackWhoseCanonicalIsAFileButNoPageIsReported() {
        List<OutputFile> files = pair("");
        files.add(file("assets/x.png", "png"));
        files.add(file("pl/a/index.html", fallback("/assets/x.png")));
        Problem p = only(checker.check(files));
        assertEquals("canonical assets/x.png is not a page of the site", p.message());
        assertEquals(Path.of("public/pl/a/index.html"), p.file());
        assertEquals(7, p.line(), "the line of the canonical link");
    }

    @Test
    void anIndexedPageMustBeItsOwnCanonical() {
        List<OutputFile> files = pair("");
        files.add(file("pl/a/index.html", page("pl", "/en/a/", "", "")));
        Problem p = only(checker.check(files));
        assertEquals("canonical " + ORIGIN + "/en/a/ is not the page's own address " + ORIGIN + "/pl/a/", p.message());
        assertEquals(7, p.line());
    }

    @Test
    void aRedirectNamesItsTargetAsCanonical() {
        String good = page("en", "/en/a/", "<meta http-equiv=\"refresh\" content=\"0; url=/en/a/\">", "<a href=\"/en/a/\">moved</a>");
        List<OutputFile> files = pair("");
        files.add(file("en/old/index.html", good));
        assertEquals(List.of(), checker.check(files));
        files.set(2, file("en/old/index.html", good.replace("canonical\" href=\"" + ORIGIN + "/en/a/", "canonical\" href=\"" + ORIGIN + "/en/old/")));
        Problem p = only(checker.check(files));
        assertEquals("redirect page: canonical " + ORIGIN + "/en/old/ is not its target /en/a/", p.message());
        assertEquals(7, p.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "EN"})
    void aLanguageTheSiteDoesNotHaveIsReported(String lang) {
        Problem p = only(checker.check(List.of(file("en/x/index.html", page(lang, "/en/x/", "", "")))));
        assertEquals("<html lang=\"" + lang + "\"> is not a language of the site", p.message());
        assertEquals(2, p.line());
        assertEquals("use one of [en, cs, pl]", p.fix());
    }

    @Test
    void aSiteUnderABasePathChecksItsOwnAddresses() {
        SiteConfig config = SiteConfig.of("https://example.org/guide", List.of(new Language("en", "English", "Guide", "en-GB")),
                "en", "public", true);
        SiteChecker sub = new SiteChecker(config, Path.of("public"));
        String html = page("en", "/en/a/", "", "<a href=\"/guide/en/a/#top\" id=\"top\">top</a>\n<a href=\"/en/a/\">outside</a>")
                .replace(ORIGIN + "/en/a/", "https://example.org/guide/en/a/");
        Problem p = only(sub.check(List.of(file("en/a/index.html", html))));
        assertEquals("broken link: /en/a/ (no /en/a/ in the built site)", p.message());
        assertEquals(12, p.line());
    }
}
