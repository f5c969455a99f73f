package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real decision tree, walked like a reader without JavaScript: by following links only. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltDecisionTreeTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    private static final Map<String, Document> pages = new HashMap<>();
    private static final Map<String, String> files = new HashMap<>();
    private static org.decisionguide.model.DecisionTree tree;

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        Fixtures.BuiltSite site = under.build();
        tree = site.model().tree();
        files.clear();
        pages.clear();
        files.putAll(site.text());
        site.pages().forEach((path, doc) -> pages.put("/" + path.replace("index.html", ""), doc));
    }

    private static Set<String> walkFromStart(String lang) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/" + lang + "/decide/"));
        while (!todo.isEmpty()) {
            String url = todo.pop();
            if (!seen.add(url)) continue;
            Document d = pages.get(url);
            assertNotNull(d, "linked step exists: " + url);
            d.select("#decide a.answer").forEach(a -> todo.push(a.attr("href")));
        }
        return seen;
    }

    private static boolean isRedirect(String url) {
        return pages.get(url).selectFirst("meta[http-equiv=refresh]") != null;
    }

    @Test
    void everyPathInEveryLanguageEndsAtAnOutcomeWithSomethingToReadThatExists() {
        for (String lang : List.of("en", "cs", "pl")) {
            Set<String> reached = walkFromStart(lang);
            Set<String> all = pages.keySet().stream().filter(u -> u.startsWith("/" + lang + "/decide/") && !isRedirect(u)).collect(Collectors.toSet());
            assertEquals(all, reached, lang + ": every step page is reachable from the start by answer links");
            List<String> outcomes = reached.stream().filter(u -> pages.get(u).selectFirst(".recommendation") != null).toList();
            Set<String> outcomeNodes = outcomes.stream().map(u -> pages.get(u).selectFirst("#decide").attr("data-node")).collect(Collectors.toSet());
            assertEquals(tree.nodes().values().stream().filter(n -> !n.isQuestion()).map(n -> n.id()).collect(Collectors.toSet()), outcomeNodes,
                    lang + ": every outcome of the tree is reached");
            for (String u : reached) {
                Document d = pages.get(u);
                boolean outcome = d.selectFirst(".recommendation") != null;
                boolean question = !d.select("#decide a.answer").isEmpty();
                assertTrue(outcome ^ question, u + " is either a question with answers or an outcome");
                if (outcome) {
                    List<Element> reads = d.select(".read-next a");
                    assertFalse(reads.isEmpty(), u + " gives something to read");
                    for (Element a : reads) {
                        String href = a.attr("href").replaceAll("#.*", "");
                        assertTrue(pages.containsKey(href), u + " → " + href);
                    }
                    assertFalse(d.select(".next-steps li").isEmpty(), u);
                }
            }
        }
    }

    @Test
    void backAndChangeLinksLeadToTheShorterPath() {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String url = e.getKey();
            if (!url.matches("/[a-z]{2}/decide/.+") || isRedirect(url)) continue;
            Document d = e.getValue();
            String[] segments = url.substring(url.indexOf("/decide/") + 8).split("/");
            String parent = url.substring(0, url.length() - segments[segments.length - 1].length() - 1);
            assertEquals(parent, d.selectFirst("a.back-link").attr("href"), url);
            List<Element> rows = d.select(".summary-row");
            assertEquals(segments.length, rows.size(), url + ": one summary row per answer");
            StringBuilder prefix = new StringBuilder(url.substring(0, url.indexOf("/decide/") + 8));
            for (int i = 0; i < rows.size(); i++) {
                Element row = rows.get(i);
                assertEquals(prefix.toString(), row.selectFirst("a.change-link").attr("href"), url + " row " + i);
                assertEquals(segments[i], row.attr("data-question") + "-" + row.attr("data-answer"));
                assertFalse(row.selectFirst(".summary-answer").text().isBlank());
                prefix.append(segments[i]).append('/');
            }
        }
        assertNull(pages.get("/en/decide/").selectFirst("a.back-link"), "no Back on the first question");
    }

    @Test
    void anOutcomeUrlShowsTheSameOutcomeAndAnswersInEveryLanguage() {
        String path = "decide/evals-yes/problem-format/structured-no/";
        Document en = pages.get("/en/" + path), cs = pages.get("/cs/" + path);
        assertEquals("Use structured outputs and validation", en.selectFirst("h1").text());
        assertEquals(List.of("evals", "problem", "structured"), en.select(".summary-row").eachAttr("data-question"));
        assertEquals(en.select(".summary-row").eachAttr("data-answer"), cs.select(".summary-row").eachAttr("data-answer"));
        assertEquals("/cs/" + path, en.selectFirst("nav.lang-switcher a[hreflang=cs]").attr("href"), "the switcher keeps the path");
        assertEquals("https://decision-guide.example.org/pl/" + path, en.selectFirst("link[hreflang=pl]").attr("href"));
        assertNotNull(en.selectFirst(".tree-diagram .node.current"), "the diagram highlights the outcome");
        assertEquals(3, en.select(".tree-diagram .edge.on-path").size(), "and the three answers leading to it");
    }

    @Test
    void decisionRecordIsAFileBesideTheOutcomeInItsLanguage() {
        String record = files.get("cs/decide/evals-no/decision-record.md");
        assertNotNull(record);
        assertTrue(record.startsWith("# Záznam o rozhodnutí: "), record);
        assertTrue(record.contains("Máte evaluační sadu"), record);
        assertTrue(record.contains("https://decision-guide.example.org/cs/decide/evals-no/"), record);
        assertTrue(record.contains("(doplňte)"), "the date is left for the reader: " + record);
        Element link = pages.get("/cs/decide/evals-no/").selectFirst("a.record-download");
        assertEquals("/cs/decide/evals-no/decision-record.md", link.attr("href"));
        assertTrue(link.hasAttr("download"));
    }

    @Test
    void diagramHasATextAlternativeThatCoversEveryNode() {
        Document start = pages.get("/pl/decide/");
        Element svg = start.selectFirst("svg.tree-diagram");
        assertEquals("img", svg.attr("role"));
        assertFalse(svg.selectFirst("title").text().isBlank());
        int nodes = svg.select("g.node").size();
        assertEquals(nodes, start.select(".tree-outline > ol > li").size());
        assertEquals(tree.nodes().size(), nodes, "every node of the tree");
        assertTrue(files.containsKey("decide/tree.json"));
    }

    @Test
    void sharedLinksToPathsTheTreeDroppedLeadOnToWhereTheirAnswersGoNow() {
        // "churn" was folded into the year-of-ownership question: a weekly-changing task still ends at "stabilise first".
        assertRedirect("/en/decide/evals-yes/problem-style/prompting-yes/churn-weekly/",
                "/en/decide/evals-yes/problem-style/prompting-yes/owner-weekly/", "Stabilise the product before you train anything");
        // The old "cost" question became the ownership question's "unclear" answer.
        assertRedirect("/pl/decide/evals-yes/problem-reasoning/runtime-reasoning-yes/churn-stable/data-yes/cost-no/",
                "/pl/decide/evals-yes/problem-reasoning/runtime-reasoning-yes/owner-unclear/", null);
        // The answers that still fit are kept; the reader continues at the first question the old path never answered.
        assertRedirect("/cs/decide/evals-yes/problem-reasoning/runtime-reasoning-yes/churn-stable/data-yes/cost-yes/owner-team/signal-cheaper/",
                "/cs/decide/evals-yes/problem-reasoning/runtime-reasoning-yes/owner-team/", "Jaký model byste mohli doladit?");
        int redirects = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!e.getKey().matches("/[a-z]{2}/decide/.*") || !isRedirect(e.getKey())) continue;
            String target = e.getValue().selectFirst("meta[http-equiv=refresh]").attr("content").replace("0; url=", "");
            assertTrue(pages.containsKey(target) && !isRedirect(target), e.getKey() + " → a step page: " + target);
            assertTrue(files.get("_redirects").contains(e.getKey() + " " + target + " 301"), "hosts that read _redirects send 301: " + e.getKey());
            redirects++;
        }
        assertTrue(redirects >= 3 * 20, "old addresses redirected: " + redirects);
    }

    private static void assertRedirect(String from, String to, String heading) {
        Document d = pages.get(from);
        assertNotNull(d, "a page at the old address " + from);
        assertEquals("0; url=" + to, d.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(to, d.selectFirst("main a[href]").attr("href"), "a plain link for readers whose browser does not refresh");
        assertNotNull(d.selectFirst("meta[name=robots][content=noindex]"));
        assertNotNull(pages.get(to), to);
        if (heading != null) assertEquals(heading, pages.get(to).selectFirst("h1").text());
    }
}
