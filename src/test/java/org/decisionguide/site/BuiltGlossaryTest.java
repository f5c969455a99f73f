package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glossary as readers get it, built from the site's terms and articles (the real ones, and with a newcomer's article). */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltGlossaryTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    private static final Map<String, Document> pages = new HashMap<>();
    private static Fixtures.BuiltSite site;

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        site = under.build();
        BuildResult result = site.result();
        assertFalse(result.hasErrors(), result.problems().toString());
        pages.clear();
        for (OutputFile f : result.files()) if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
    }

    private static List<String> terms(String lang) {
        return pages.get(lang + "/glossary/index.html").select("dl.glossary dfn").eachText();
    }

    @Test
    void glossaryHasEveryTermInEveryLanguageWithAnchors() {
        int glossary = site.model().glossary().size();
        assertTrue(glossary > 0, "the site has a glossary");
        for (String lang : List.of("en", "cs", "pl")) {
            Document d = pages.get(lang + "/glossary/index.html");
            assertNotNull(d, lang);
            assertEquals(glossary, terms(lang).size(), lang + ": every term of glossary/, in its language or the source language's");
            assertEquals(terms(lang).size(), d.select("dl.glossary .entry[id]").size());
            for (Element letter : d.select("nav.letters a")) {
                assertNotNull(d.getElementById(letter.attr("href").substring(1)), "letter anchor " + letter.attr("href"));
            }
            assertEquals(lang, d.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void czechAndPolishGlossariesFollowTheirCollation() {
        for (String lang : List.of("cs", "pl")) {
            com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(lang));
            List<String> shown = terms(lang);
            List<String> sorted = new ArrayList<>(shown);
            sorted.sort(collator);
            assertEquals(sorted, shown, lang + ": the glossary in the language's alphabetical order");
        }
        List<String> cs = terms("cs");
        List<String> letters = pages.get("cs/glossary/index.html").select("nav.letters a").eachText();
        if (cs.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("ch"))) {
            assertTrue(letters.contains("CH"), "CH is its own letter in Czech: " + letters);
            if (letters.contains("H")) assertEquals(letters.indexOf("H") + 1, letters.indexOf("CH"), "CH comes right after H: " + letters);
        }
    }

    @Test
    void everyArticleShowsItsTermsLinkedToTheGlossaryOfItsLanguage() {
        for (String lang : List.of("en", "cs", "pl")) {
            for (ArticlePages a : ArticlePages.in(site, lang)) {
                // a fallback page shows the original's text, so its terms are the original's, in the original's language
                String textLang = a.textLang();
                Document glossary = pages.get(textLang + "/glossary/index.html");
                List<Element> listed = a.page().select(".terms-used dt a");
                List<String> terms = (a.inItsLanguage() ? a.entry().translation() : a.entry().source()).meta().terms();
                assertEquals(terms, listed.stream().map(x -> x.attr("href").replaceFirst(".*#", "")).toList(), a.path() + ": the terms it lists");
                for (Element x : listed) {
                    assertTrue(x.attr("href").startsWith("/" + textLang + "/glossary/#"), x.attr("href"));
                    String id = x.attr("href").substring(x.attr("href").indexOf('#') + 1);
                    assertNotNull(glossary.getElementById(id), a.path() + " → missing anchor " + id);
                    assertFalse(a.page().select(".terms-used dt#page-term-" + id + " + dd").text().isBlank());
                }
            }
        }
    }

    @Test
    void firstUseIsMarkedOncePerTermAndNeverInCodeLinksOrHeadings() {
        int marks = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!e.getKey().contains("/articles/") || e.getValue().selectFirst(".article-body") == null) continue;
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
            // A listed term the text never uses is a build warning, not an error: every mark is of a listed term.
            List<String> listed = e.getValue().select(".terms-used dt").eachAttr("id").stream().map(i -> i.replace("page-term-", "")).toList();
            assertTrue(listed.containsAll(seen), e.getKey() + ": marked " + seen + ", listed " + listed);
            marks += seen.size();
        }
        boolean anyListed = site.model().articles().stream().anyMatch(a -> !a.meta().terms().isEmpty());
        assertTrue(!anyListed || marks > 0, "articles list terms, so their text marks some");
    }

    @Test
    void entriesLinkToTheSameTermInOtherLanguagesAndToTheArticlesThatExplainIt() {
        for (org.decisionguide.model.Term term : site.model().glossary()) {
            Element entry = pages.get("cs/glossary/index.html").getElementById(term.id());
            assertNotNull(entry, term.id());
            assertEquals(List.of("/en/glossary/#" + term.id(), "/pl/glossary/#" + term.id()), entry.select(".other-languages a").eachAttr("href"));
            assertEquals(List.of("en", "pl"), entry.select(".other-languages a").eachAttr("hreflang"));
            assertEquals(term.articles().isEmpty(), entry.select(".explained a").isEmpty(), term.id() + ": explained in " + term.articles());
        }
    }
}
