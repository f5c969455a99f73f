package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glossary as readers get it, built from the repository's real terms and articles. */
class BuiltGlossaryTest {
    private static final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() {
        BuildResult result = Fixtures.builtRealSite();
        assertFalse(result.hasErrors(), result.problems().toString());
        for (OutputFile f : result.files()) if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
    }

    private static List<String> terms(String lang) {
        return pages.get(lang + "/glossary/index.html").select("dl.glossary dfn").eachText();
    }

    @Test
    void glossaryHasAtLeastThirtyTermsInEveryLanguageWithAnchors() {
        for (String lang : List.of("en", "cs", "pl")) {
            Document d = pages.get(lang + "/glossary/index.html");
            assertNotNull(d, lang);
            assertTrue(terms(lang).size() >= 30, lang + ": " + terms(lang).size());
            assertEquals(terms(lang).size(), d.select("dl.glossary .entry[id]").size());
            for (Element letter : d.select("nav.letters a")) {
                assertNotNull(d.getElementById(letter.attr("href").substring(1)), "letter anchor " + letter.attr("href"));
            }
            assertEquals(lang, d.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void czechAndPolishGlossariesFollowTheirCollation() {
        List<String> cs = terms("cs");
        assertTrue(cs.indexOf("hybridní vyhledávání") < cs.indexOf("chunkování"), "Czech ch comes after h: " + cs);
        assertTrue(cs.indexOf("chunkování") < cs.indexOf("instrukční dolaďování"), "and before i: " + cs);
        assertTrue(cs.indexOf("instrukční dolaďování") < cs.indexOf("JSON schéma"), "case does not sort first: " + cs);
        List<String> letters = pages.get("cs/glossary/index.html").select("nav.letters a").eachText();
        assertTrue(letters.indexOf("CH") == letters.indexOf("H") + 1, "CH is its own letter after H: " + letters);
        List<String> pl = terms("pl");
        assertTrue(pl.indexOf("latencja") < pl.indexOf("LLM w roli sędziego") && pl.indexOf("LLM w roli sędziego") < pl.indexOf("model bazowy"), pl.toString());
        assertTrue(pl.indexOf("zabezpieczenia") < pl.indexOf("zbiór testowy") && pl.indexOf("zbiór testowy") < pl.indexOf("zbiór wzorcowy"),
                pl.toString());
    }

    @Test
    void everyArticleShowsItsTermsLinkedToTheGlossaryOfItsLanguage() {
        int checked = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!e.getKey().contains("/articles/") || e.getValue().selectFirst("meta[http-equiv=refresh]") != null) continue;
            String lang = e.getKey().substring(0, 2);
            Document glossary = pages.get(lang + "/glossary/index.html");
            List<Element> listed = e.getValue().select(".terms-used dt a");
            assertTrue(listed.size() >= 2, e.getKey() + " shows at least two terms");
            for (Element a : listed) {
                assertTrue(a.attr("href").startsWith("/" + lang + "/glossary/#"), a.attr("href"));
                String id = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
                assertNotNull(glossary.getElementById(id), e.getKey() + " → missing anchor " + id);
                assertFalse(e.getValue().select(".terms-used dt#page-term-" + id + " + dd").text().isBlank());
                checked++;
            }
        }
        assertTrue(checked >= 24, "terms checked: " + checked);
    }

    @Test
    void firstUseIsMarkedOncePerTermAndNeverInCodeLinksOrHeadings() {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!e.getKey().contains("/articles/") || e.getValue().selectFirst("meta[http-equiv=refresh]") != null) continue;
            Element body = e.getValue().selectFirst(".article-body");
            List<String> seen = new ArrayList<>();
            for (Element mark : body.select("a.term")) {
                String id = mark.attr("data-term");
                assertFalse(seen.contains(id), e.getKey() + ": " + id + " marked twice");
                seen.add(id);
                assertTrue(mark.parents().stream().noneMatch(p -> p.nameIs("a") || p.nameIs("code") || p.nameIs("pre")
                        || p.normalName().matches("h[1-6]")), e.getKey() + ": mark inside code, link or heading");
                assertEquals(1, mark.select("dfn, abbr").size(), "dfn or abbr inside the mark");
                assertTrue(mark.attr("href").endsWith("#" + id));
            }
            assertEquals(e.getValue().select(".terms-used dt").size(), seen.size(), e.getKey() + ": every listed term is used once");
        }
    }

    @Test
    void entriesLinkToTheSameTermInOtherLanguages() {
        Element rag = pages.get("cs/glossary/index.html").getElementById("rag");
        List<String> hrefs = rag.select(".other-languages a").eachAttr("href");
        assertEquals(List.of("/en/glossary/#rag", "/pl/glossary/#rag"), hrefs);
        assertEquals(List.of("en", "pl"), rag.select(".other-languages a").eachAttr("hreflang"));
        assertFalse(rag.select(".explained a").isEmpty(), "RAG is explained in an article");
    }
}
