package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real site, built strict from the repository's content, as readers get it. */
class BuiltSiteTest {
    private static BuildResult result;
    private static final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() {
        result = Fixtures.builtRealSite();
        for (OutputFile f : result.files()) if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
    }

    private static Document page(String path) {
        Document d = pages.get(path);
        assertNotNull(d, "no page " + path + " among " + pages.keySet());
        return d;
    }

    private static List<String> articlePaths(String lang) {
        // Redirect pages (a fallback address that now leads to the translation) are not articles.
        return pages.keySet().stream().filter(p -> p.startsWith(lang + "/articles/"))
                .filter(p -> pages.get(p).selectFirst("meta[http-equiv=refresh]") == null).sorted().toList();
    }

    @Test
    void buildsStrictWithoutAnyProblem() {
        assertEquals(List.of(), result.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void everyArticleExistsInAllThreeLanguages() {
        Set<String> en = pages.values().stream().filter(d -> d.location().isEmpty()).map(d -> "").collect(Collectors.toSet());
        assertTrue(articlePaths("en").size() >= 3, "at least the seed article and two more");
        assertEquals(articlePaths("en").size(), articlePaths("cs").size());
        assertEquals(articlePaths("en").size(), articlePaths("pl").size());
        for (String lang : List.of("en", "cs", "pl")) {
            for (String path : articlePaths(lang)) {
                Elements switcher = page(path).select("nav.lang-switcher a");
                assertEquals(Set.of("en", "cs", "pl"), switcher.stream().map(a -> a.attr("hreflang")).collect(Collectors.toSet()), path);
                assertEquals(lang, switcher.select("[aria-current=page]").attr("hreflang"), path);
                assertFalse(en.contains(path));
            }
        }
    }

    @Test
    void articlePageCarriesVerdictSourceAndLocalizedDate() {
        // Articles carry different publication dates; what every page must show is its date in the page's language.
        Map<String, String> published = Map.of("en", "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}",
                "cs", "\\d{1,2}\\. (ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) \\d{4}",
                "pl", "\\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \\d{4}");
        for (String lang : published.keySet()) {
            for (String path : articlePaths(lang)) {
                Document d = page(path);
                assertEquals(lang, d.selectFirst("html").attr("lang"), path);
                assertEquals(1, d.select("h1").size(), path);
                assertFalse(d.select("aside.verdict p").text().isBlank(), "verdict box on " + path);
                Element source = d.selectFirst(".source a");
                assertNotNull(source, path);
                assertTrue(source.attr("href").startsWith("https://"), path);
                assertEquals("noopener noreferrer", source.attr("rel"), path);
                assertTrue(source.text().contains("↗"), path);
                String date = d.selectFirst("time").text();
                assertTrue(java.util.regex.Pattern.compile(published.get(lang)).matcher(date.replace('\u00a0', ' ')).find(), path + ": " + date);
                assertFalse(d.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            }
        }
    }

    @Test
    void hreflangClusterHasEveryTranslationAndXDefault() {
        for (String path : articlePaths("pl")) {
            Document d = page(path);
            Map<String, String> alternates = d.select("link[rel=alternate][hreflang]").stream()
                    .collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href")));
            assertEquals(Set.of("en", "cs", "pl", "x-default"), alternates.keySet(), path);
            assertEquals(alternates.get("en"), alternates.get("x-default"), "x-default is the source-language page");
            assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), alternates.get("pl"));
        }
    }

    @Test
    void czechAndPolishTextIsTypesetWithNoBreakSpaces() {
        Map<String, String> words = Map.of("cs", "[vVkKsSzZaAiIoOuU]", "pl", "[wWzZaAiIoOuU]");
        for (String lang : words.keySet()) {
            for (String path : articlePaths(lang)) {
                Element body = page(path).selectFirst(".article-body").clone();
                body.select("code, pre").remove();
                // wholeText keeps U+00A0; a plain space after a one-letter word is a possible line break
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])" + words.get(lang) + "[ \\n]\\S{0,12}")
                        .matcher(body.wholeText());
                if (m.find()) throw new AssertionError(path + ": a one-letter word can end a line at \"" + m.group() + "\"");
            }
        }
    }

    @Test
    void czechAndPolishAbbreviationsAndOrdinalsStayOnOneLine() {
        String ordinal = "|(?<![\\p{L}\\p{N}.,])\\d{1,3}\\.[ \\n](?=\\p{Ll})";
        Map<String, String> breakable = Map.of(
                "cs", "\\d[ \\n]p\\.|p\\.[ \\n]b\\.|\\S[ \\n]a\u00a0kol\\.|\\d[ \\n]mil\\." + ordinal,
                "pl", "\\d[ \\n]pkt|pkt[ \\n]proc\\.|\\S[ \\n]i\u00a0in\\.|\\d[ \\n]mln" + ordinal);
        Map<String, List<String>> bound = Map.of("cs", List.of("p.\u00a0b.", "\u00a0a\u00a0kol.", "30.\u00a0den"),
                "pl", List.of("\u00a0i\u00a0in.", "\u00a0mln"));
        for (String lang : breakable.keySet()) {
            StringBuilder all = new StringBuilder();
            for (String path : articlePaths(lang)) {
                Element body = page(path).selectFirst(".article-body").clone();
                body.select("code, pre").remove();
                // Block by block: the newline between two paragraphs is not a place where a line can break.
                for (Element block : body.select("p, li, td, th, h2, h3, h4, dt, dd, figcaption")) {
                    Element own = block.clone();
                    own.select("p, ul, ol, table").remove();
                    String text = own.wholeText();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(breakable.get(lang)).matcher(text);
                    if (m.find()) throw new AssertionError(path + ": a line can break inside \"" + m.group() + "\"");
                    all.append(text).append('\n');
                }
            }
            for (String form : bound.get(lang)) {
                assertTrue(all.toString().contains(form), lang + " articles use \"" + form + "\" bound by no-break spaces");
            }
        }
    }

    @Test
    void homeListsArticlesInGuideOrderWithCountInTheLanguage() {
        Document cs = page("cs/index.html");
        List<String> links = cs.select("ol.article-list a").eachAttr("href");
        assertEquals(articlePaths("cs").size(), links.size());
        assertTrue(links.get(0).endsWith("/doladovani-uz-neni-vychozi-volba/"), "order: 1 comes first: " + links);
        assertTrue(cs.select("p.count").text().matches("\\d+\\s(článk[ůy]|článek)"), cs.select("p.count").text());
        assertTrue(page("pl/index.html").select("p.count").text().matches("\\d+\\sartykuł(y|ów)?"));
    }

    @Test
    void chooserOffersEveryLanguageWithoutRedirect() {
        Document d = page("index.html");
        assertEquals(List.of("en", "cs", "pl"), d.select("ul.chooser > li").eachAttr("lang"));
        assertEquals(List.of("/en/", "/cs/", "/pl/"), d.select("ul.chooser a").eachAttr("href"));
        assertTrue(d.select("meta[http-equiv=refresh]").isEmpty());
    }

    @Test
    void everyPageIsAccessibleInStructure() {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document d = e.getValue();
            assertNotNull(d.selectFirst("a.skip-link[href=#main]"), e.getKey());
            assertNotNull(d.selectFirst("main#main"), e.getKey());
            assertNotNull(d.selectFirst("header"), e.getKey());
            assertNotNull(d.selectFirst("footer"), e.getKey());
            assertEquals(1, d.select("h1").size(), e.getKey());
            for (Element script : d.select("script")) {
                assertTrue(script.attr("src").startsWith("/assets/js/") && script.hasAttr("defer") && script.data().isBlank(),
                        "only deferred script files on " + e.getKey());
            }
            assertNotNull(d.selectFirst("meta[name=viewport]"), e.getKey());
        }
    }

    @Test
    void linksBetweenArticlesAreRewrittenToPages() {
        Document d = page(articlePaths("cs").stream().filter(p -> p.contains("doladovani-uz-neni")).findFirst().orElseThrow());
        List<String> internal = d.select(".article-body a[href^=/]:not(.term)").eachAttr("href");
        assertFalse(internal.isEmpty());
        assertTrue(internal.stream().allMatch(h -> h.startsWith("/cs/articles/") && h.endsWith("/")), internal.toString());
        assertTrue(d.select(".article-body a[href$=.md]").isEmpty());
    }
}
