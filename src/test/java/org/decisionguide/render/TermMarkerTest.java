package org.decisionguide.render;

import org.decisionguide.model.TermText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First-use marking on real-looking HTML, without the file system. */
class TermMarkerTest {
    private static final TermText RAG = new TermText("cs", "generování rozšířené o vyhledávání", "RAG", "Def.",
            List.of("RAGu", "generování rozšířeném o vyhledávání"));
    private static final TermText TUNING = new TermText("cs", "dolaďování", null, "Def.",
            List.of("instrukční dolaďování", "dolaďováním"));

    private static Document doc(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void marksOnlyTheFirstUseOutsideHeadingsCodeAndLinks() {
        Document d = doc("<h2>RAG</h2><p><code>RAG</code> a <a href=\"x\">RAG</a>, pak o RAGu a znovu RAG.</p>");
        assertTrue(TermMarker.markFirstUse(d.body(), "rag", RAG, "/cs/glossary/#rag"));
        assertEquals(1, d.select("a.term").size());
        assertEquals("RAGu", d.selectFirst("a.term").text());
        assertEquals("/cs/glossary/#rag", d.selectFirst("a.term").attr("href"));
        assertEquals("<h2>RAG</h2>", d.selectFirst("h2").outerHtml());
    }

    @Test
    void abbreviationGetsAbbrTitleAndTermGetsDfn() {
        Document d = doc("<p>Zkuste RAG.</p>");
        TermMarker.markFirstUse(d.body(), "rag", RAG, "#rag");
        assertEquals("generování rozšířené o vyhledávání", d.selectFirst("a.term abbr").attr("title"));
        Document d2 = doc("<p>Slovo dolaďování.</p>");
        TermMarker.markFirstUse(d2.body(), "t", TUNING, "#t");
        assertEquals("dolaďování", d2.selectFirst("a.term dfn").text());
    }

    @Test
    void matchesWholeWordsAnyCaseLongestFormAndAcrossNoBreakSpaces() {
        Document d = doc("<p>Předolaďování ne. Instrukční dolaďování ano.</p>");
        TermMarker.markFirstUse(d.body(), "t", TUNING, "#t");
        assertEquals("Instrukční dolaďování", d.selectFirst("a.term").text());
        Document d2 = doc("<p>Při generování rozšířeném o\u00a0vyhledávání.</p>");
        assertTrue(TermMarker.markFirstUse(d2.body(), "rag", RAG, "#rag"));
        assertEquals("generování rozšířeném o\u00a0vyhledávání", d2.selectFirst("a.term").wholeText());
    }

    @Test
    void reportsWhenTheTermIsNotUsed() {
        Document d = doc("<p>Nic takového.</p><pre>dolaďování</pre>");
        assertFalse(TermMarker.markFirstUse(d.body(), "t", TUNING, "#t"));
        assertTrue(d.select("a.term").isEmpty());
    }

    @Test
    void marksATermThatFillsOrEndsItsTextNode() {
        Document d = doc("<table><tr><td>RAG</td><td>cheap dolaďování</td></tr></table>");
        assertTrue(TermMarker.markFirstUse(d.body(), "rag", RAG, "#rag"));
        assertTrue(TermMarker.markFirstUse(d.body(), "t", TUNING, "#t"));
        assertEquals("<td><a class=\"term\" href=\"#rag\" data-term=\"rag\"><abbr title=\"generování rozšířené o vyhledávání\">RAG</abbr></a></td>",
                d.selectFirst("td").outerHtml());
        assertEquals("cheap dolaďování", d.select("td").get(1).text());
        assertEquals(1, d.select("td").get(1).select("a.term").size());
    }
}
