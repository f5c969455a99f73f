package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Translations;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site as readers get it, built as a pull request builds it, for the real content and any valid addition to it. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltSiteTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    private static Fixtures.BuiltSite site;
    private static BuildResult result;
    private static final Map<String, Document> pages = new HashMap<>();

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        site = under.build();
        result = site.result();
        pages.clear();
        for (OutputFile f : result.files()) if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
    }

    private static Document page(String path) {
        Document d = pages.get(path);
        assertNotNull(d, "no page " + path + " among " + pages.keySet());
        return d;
    }

    /** Article pages of a language, without the redirect pages at old addresses. */
    private static List<String> articlePaths(String lang) {
        return pages.entrySet().stream().filter(e -> e.getKey().startsWith(lang + "/articles/"))
                .filter(e -> e.getValue().selectFirst("meta[http-equiv=refresh]") == null).map(Map.Entry::getKey).sorted().toList();
    }

    @Test
    void buildsWithoutErrors() {
        assertEquals(List.of(), result.problems().stream().filter(p -> p.isError()).map(p -> p.format()).toList());
    }

    /** The languages an article is written in: its original and its published translations, stale or not. */
    private static Set<String> writtenLanguages(ArticlePages a) {
        return Translations.of(site.model()).stream().filter(e -> e.id().equals(a.entry().id()) && e.state() != Translations.State.MISSING)
                .map(Translations.Entry::lang).collect(Collectors.toSet());
    }

    @Test
    void everyArticleHasAPageInEveryLanguageWithASwitcherToItsTranslations() {
        for (String lang : List.of("en", "cs", "pl")) {
            List<ArticlePages> expected = ArticlePages.in(site, lang);
            assertFalse(expected.isEmpty(), lang);
            assertEquals(expected.stream().map(ArticlePages::path).sorted().toList(), articlePaths(lang),
                    lang + ": one page per published article, the translation's or the fallback");
            for (ArticlePages a : expected) {
                Set<String> written = writtenLanguages(a);
                Elements switcher = a.page().select("nav.lang-switcher a");
                // the switcher leads to the article in the languages it is written in; with one, there is nothing to switch to
                assertEquals(written.size() > 1 ? written : Set.of(), switcher.stream().map(x -> x.attr("hreflang")).collect(Collectors.toSet()), a.path());
                if (written.size() > 1) {
                    assertEquals(a.inItsLanguage() ? lang : "", switcher.select("[aria-current=page]").attr("hreflang"), a.path());
                }
            }
        }
    }

    @Test
    void articlePageCarriesVerdictSourceAndLocalizedDate() {
        // Each page shows its article's date as its language writes it (English as en-GB, the site's locale).
        String months = "(January|February|March|April|May|June|July|August|September|October|November|December)";
        Map<String, String> published = Map.of("en", "\\b\\d{1,2} " + months + " \\d{4}",
                "cs", "\\d{1,2}\\. (ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) \\d{4}",
                "pl", "\\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \\d{4}");
        for (String lang : published.keySet()) {
            for (ArticlePages a : ArticlePages.in(site, lang)) {
                Document d = a.page();
                String path = a.path();
                assertEquals(lang, d.selectFirst("html").attr("lang"), path);
                assertEquals(1, d.select("h1").size(), path);
                assertFalse(d.select("aside.verdict p").text().isBlank(), "verdict box on " + path);
                Element source = d.selectFirst(".source a");
                assertNotNull(source, path);
                assertEquals(a.entry().source().meta().source().url(), source.attr("href"), path);
                assertTrue(source.attr("href").startsWith("https://"), path);
                assertEquals("noopener noreferrer", source.attr("rel"), path);
                assertTrue(source.text().contains("↗"), path);
                Element date = d.selectFirst("time");
                org.decisionguide.model.Article shown = a.inItsLanguage() ? a.entry().translation() : a.entry().source();
                assertEquals(shown.meta().date().toString(), date.attr("datetime"), path);
                assertTrue(java.util.regex.Pattern.compile(published.get(lang)).matcher(date.text().replace('\u00a0', ' ')).find(), path + ": " + date.text());
                assertFalse(date.text().matches(".*" + months + " \\d{1,2}, .*"), path + ": not the US order: " + date.text());
                assertFalse(d.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            }
        }
    }

    @Test
    void hreflangClusterHasEveryTranslationAndXDefaultWhileAFallbackPageDefersToTheOriginal() {
        for (ArticlePages a : ArticlePages.in(site, "pl")) {
            Document d = a.page();
            Map<String, String> alternates = d.select("link[rel=alternate][hreflang]").stream()
                    .collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href")));
            String canonical = d.selectFirst("link[rel=canonical]").attr("href");
            if (!a.inItsLanguage()) {
                assertEquals(Map.of(), alternates, a.path() + ": a fallback page is not a translation");
                assertTrue(canonical.endsWith("/" + a.entry().source().lang() + "/articles/" + a.entry().source().slug() + "/"), a.path() + ": " + canonical);
                assertNotNull(d.selectFirst("meta[name=robots][content*=noindex]"), a.path());
                continue;
            }
            Set<String> written = writtenLanguages(a);
            Set<String> expected = new java.util.HashSet<>(written);
            expected.add("x-default");
            assertEquals(expected, alternates.keySet(), a.path());
            assertEquals(alternates.get(a.entry().source().lang()), alternates.get("x-default"), "x-default is the original's page");
            assertEquals(canonical, alternates.get("pl"));
        }
    }

    /** Czech and Polish text, as the pages in those languages show it: fallback pages show the original's text, not theirs. */
    private static List<ArticlePages> writtenIn(String lang) {
        List<ArticlePages> written = ArticlePages.in(site, lang).stream().filter(ArticlePages::inItsLanguage).toList();
        long translations = site.model().articlesIn(lang).stream().filter(a -> !a.meta().draft() && !a.meta().needsTranslation()).count();
        assertEquals(translations, written.size(), lang + ": every published " + lang + " article is checked");
        return written;
    }

    @Test
    void czechAndPolishTextIsTypesetWithNoBreakSpaces() {
        Map<String, String> words = Map.of("cs", "[vVkKsSzZaAiIoOuU]", "pl", "[wWzZaAiIoOuU]");
        for (String lang : words.keySet()) {
            for (ArticlePages a : writtenIn(lang)) {
                Element body = a.page().selectFirst(".article-body").clone();
                body.select("code, pre").remove();
                // wholeText keeps U+00A0; a plain space after a one-letter word is a possible line break
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])" + words.get(lang) + "[ \\n]\\S{0,12}")
                        .matcher(body.wholeText());
                if (m.find()) throw new AssertionError(a.path() + ": a one-letter word can end a line at \"" + m.group() + "\"");
            }
        }
    }

    @Test
    void czechAndPolishAbbreviationsAndOrdinalsStayOnOneLine() {
        String ordinal = "|(?<![\\p{L}\\p{N}.,])\\d{1,3}\\.[ \\n](?=\\p{Ll})";
        Map<String, String> breakable = Map.of(
                "cs", "\\d[ \\n]p\\.|p\\.[ \\n]b\\.|\\S[ \\n]a\u00a0kol\\.|\\d[ \\n]mil\\." + ordinal,
                "pl", "\\d[ \\n]pkt|pkt[ \\n]proc\\.|\\S[ \\n]i\u00a0in\\.|\\d[ \\n]mln" + ordinal);
        for (String lang : breakable.keySet()) {
            for (ArticlePages a : writtenIn(lang)) {
                Element body = a.page().selectFirst(".article-body").clone();
                body.select("code, pre").remove();
                // Block by block: the newline between two paragraphs is not a place where a line can break.
                for (Element block : body.select("p, li, td, th, h2, h3, h4, dt, dd, figcaption")) {
                    Element own = block.clone();
                    own.select("p, ul, ol, table").remove();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(breakable.get(lang)).matcher(own.wholeText());
                    if (m.find()) throw new AssertionError(a.path() + ": a line can break inside \"" + m.group() + "\"");
                }
            }
        }
    }

    @Test
    void homeListsArticlesInGuideOrderWithCountInTheLanguage() {
        for (String lang : List.of("en", "cs", "pl")) {
            List<String> links = page(lang + "/index.html").select("ol.article-list a").eachAttr("href");
            List<String> expected = ArticlePages.in(site, lang).stream() // already in guide order: order, then date, then id
                    .map(a -> "/" + a.path().replace("index.html", "")).toList();
            assertEquals(expected, links, lang + ": every article once, in guide order");
        }
        assertTrue(page("cs/index.html").select("p.count").text().matches("\\d+\\s(článk[ůy]|článek)"), page("cs/index.html").select("p.count").text());
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
    void linksBetweenArticlesAreRewrittenToPagesThatExist() {
        int linked = 0;
        for (String lang : List.of("en", "cs", "pl")) {
            for (ArticlePages a : ArticlePages.in(site, lang)) {
                assertTrue(a.page().select(".article-body a[href$=.md], .article-body a[href*=.md#]").isEmpty(), a.path() + ": a source file link left");
                for (String href : a.page().select(".article-body a[href^=/]:not(.term)").eachAttr("href")) {
                    String path = href.replaceFirst("#.*", "").substring(1);
                    assertTrue(result.files().stream().anyMatch(f -> f.path().equals(path) || f.path().equals(path + "index.html")),
                            a.path() + " links to a page that exists: " + href);
                    if (path.matches("[a-z]{2}/articles/.+")) linked++;
                }
            }
        }
        long written = site.model().articles().stream().flatMap(x -> x.outline().links().stream())
                .filter(l -> !l.image() && l.url().matches("[^:]*\\.md(#.*)?")).count();
        assertTrue(written == 0 || linked > 0, "the articles' " + written + " links to other articles appear on the pages");
    }
}
