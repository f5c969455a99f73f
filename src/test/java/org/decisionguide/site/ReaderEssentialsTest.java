package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What readers and search engines expect around the articles, on a copy of the real site with an old
 * address (alias), a callout and a draft added: sitemap, feeds, robots, 404s, redirects, Open Graph,
 * previous/next, breadcrumbs, table of contents, tags, last updated, edit link, drafts.
 */
class ReaderEssentialsTest {
    @TempDir
    static Path dir;
    private static final Map<String, String> files = new HashMap<>();
    private static final Map<String, Document> pages = new HashMap<>();
    private static BuildResult preview;

    @BeforeAll
    static void build() throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Path en = site.resolve("content/en/articles/evals-first.md");
        Files.writeString(en, Files.readString(en).replaceFirst("order: 2\n", "order: 2\naliases: [/en/articles/evals/]\n")
                + "\n!!! warning\n    Never train on the eval set.\n");
        Files.writeString(site.resolve("content/en/articles/unfinished.md"),
                Fixtures.articleText("draft: true\norder: 99\n", "Not ready.\n\n## Part\n"));
        BuildResult result = Pipeline.build(new BuildOptions(site, true, null));
        assertFalse(result.hasErrors(), result.problems().toString());
        for (OutputFile f : result.files()) {
            files.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
            if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
        }
        preview = Pipeline.build(new BuildOptions(site, true, null, true));
    }

    private static Document article(String lang, String id) {
        return pages.entrySet().stream().filter(e -> e.getKey().startsWith(lang + "/articles/")
                        && e.getValue().selectFirst("link[rel=alternate][hreflang=en]") != null
                        && e.getValue().selectFirst("link[rel=alternate][hreflang=en]").attr("href").contains("/en/articles/" + id + "/"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(lang + "/" + id));
    }

    @Test
    void sitemapListsEveryIndexablePageWithReciprocalAlternates() throws Exception {
        String xml = files.get("sitemap.xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))); // well-formed
        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        Set<String> locs = d.select("url > loc").stream().map(Element::text).collect(Collectors.toSet());
        long htmlPages = pages.values().stream().filter(p -> p.selectFirst("meta[name=robots][content=noindex]") == null).count();
        assertEquals(htmlPages, locs.size(), "every indexable page, once");
        assertFalse(locs.stream().anyMatch(l -> l.contains("404") || l.contains("/articles/evals/")), "no 404 or redirect pages");
        Element cs = d.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/cs/checklist/")).findFirst().orElseThrow();
        assertEquals(List.of("en", "cs", "pl", "x-default"), cs.select("xhtml|link").eachAttr("hreflang"));
        assertTrue(files.get("robots.txt").contains("Sitemap: https://decision-guide.example.org/sitemap.xml"));
    }

    @Test
    void atomFeedPerLanguageIsValidXmlInItsLanguage() throws Exception {
        for (String lang : List.of("en", "cs", "pl")) {
            String xml = files.get(lang + "/feed.xml");
            assertNotNull(xml, lang);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI());
            assertEquals(lang, doc.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            int entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
            assertEquals(pages.keySet().stream().filter(p -> p.startsWith(lang + "/articles/") && !p.contains("/evals/"))
                    .filter(p -> pages.get(p).selectFirst("meta[http-equiv=refresh]") == null).count(), entries, "one entry per article page, none for a redirect");
            assertFalse(xml.contains("unfinished"), "drafts stay out of feeds");
            Element link = pages.get(lang + "/index.html").selectFirst("link[rel=alternate][type=application/atom+xml]");
            assertEquals("/" + lang + "/feed.xml", link.attr("href"));
        }
    }

    @Test
    void notFoundPagesPerLanguageAndAtTheRoot() {
        Document root = pages.get("404.html");
        assertEquals(List.of("/en/", "/cs/", "/pl/"), root.select("ul.chooser a").eachAttr("href"));
        assertNotNull(root.selectFirst("meta[name=robots][content=noindex]"));
        Document cs = pages.get("cs/404.html");
        assertEquals("cs", cs.selectFirst("html").attr("lang"));
        assertEquals("Stránka nenalezena", cs.selectFirst("h1").text());
    }

    @Test
    void anOldAddressRedirectsToTheArticle() {
        Document old = pages.get("en/articles/evals/index.html");
        assertNotNull(old, "redirect page at the alias");
        assertEquals("0; url=/en/articles/evals-first/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://decision-guide.example.org/en/articles/evals-first/", old.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(files.get("_redirects").lines().anyMatch("/en/articles/evals/ /en/articles/evals-first/ 301"::equals), files.get("_redirects"));
        assertTrue(files.get("_headers").contains("frame-ancestors 'none'"));
    }

    @Test
    void openGraphNamesLocaleAndAlternates() {
        Document d = article("cs", "evals-first");
        assertEquals("cs_CZ", d.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals(List.of("en_GB", "pl_PL"), d.select("meta[property=og:locale:alternate]").eachAttr("content"));
        assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), d.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("article", d.selectFirst("meta[property=og:type]").attr("content"));
        assertFalse(d.selectFirst("meta[property=og:description]").attr("content").isBlank());
    }

    @Test
    void articlesLinkPreviousAndNextInGuideOrderWithBreadcrumbsAndToc() {
        Document first = article("pl", "fine-tuning-is-not-the-default");
        Document second = article("pl", "evals-first");
        assertNull(first.selectFirst("a[rel=prev]"), "the first article has no previous");
        assertEquals(second.selectFirst("link[rel=canonical]").attr("href"),
                "https://decision-guide.example.org" + first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("https://decision-guide.example.org" + second.selectFirst("a[rel=prev]").attr("href"),
                first.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/pl/", first.selectFirst("nav.breadcrumbs a").attr("href"));
        List<Element> toc = first.select("nav.toc a");
        assertTrue(toc.size() >= 3);
        for (Element a : toc) {
            Element target = first.getElementById(a.attr("href").substring(1));
            assertNotNull(target, a.attr("href"));
            assertNotNull(target.selectFirst("a.heading-anchor[href=" + a.attr("href") + "]"), "visible link to the heading");
        }
    }

    @Test
    void tagPagesListTheArticlesCarryingTheTag() {
        Document article = article("en", "evals-first");
        List<Element> tags = article.select(".tags a");
        assertFalse(tags.isEmpty());
        for (Element tag : tags) {
            Document page = pages.get(tag.attr("href").substring(1) + "index.html");
            assertNotNull(page, tag.attr("href"));
            assertTrue(page.select("ol.article-list a").eachAttr("href").stream().anyMatch(h -> h.equals("/en/articles/evals-first/")));
            for (String href : page.select("ol.article-list a").eachAttr("href")) {
                Document listed = pages.get(href.substring(1) + "index.html");
                assertTrue(listed.select(".tags a").eachText().contains(tag.text()), href + " carries " + tag.text());
            }
        }
    }

    @Test
    void lastUpdatedEditLinkAndCallout() {
        Document d = article("en", "evals-first");
        assertEquals("2026-11-25", d.select(".meta > time").last().attr("datetime"), "last updated, not the facts-checked date");
        assertEquals("https://github.com/decision-guide/decision-guide/edit/main/content/en/articles/evals-first.md",
                d.selectFirst(".edit a").attr("href"));
        Element callout = d.selectFirst("aside.callout.callout-warning");
        assertNotNull(callout);
        assertEquals("Warning", callout.selectFirst(".callout-title").text());
        assertTrue(callout.text().contains("Never train on the eval set."));
        assertTrue(d.select(".article-body svg").isEmpty(), "the extension's icons are dropped");
    }

    @Test
    void draftsAreNeverBuiltButShownWithABannerInThePreview() {
        assertTrue(pages.keySet().stream().noneMatch(p -> p.contains("unfinished")));
        assertFalse(files.get("en/index.html").contains("unfinished"));
        String draft = preview.files().stream().filter(f -> f.path().equals("en/articles/unfinished/index.html"))
                .map(OutputFile::text).findFirst().orElseThrow(() -> new AssertionError("the preview renders drafts"));
        assertNotNull(Jsoup.parse(draft).selectFirst(".draft-banner"));
    }
}
