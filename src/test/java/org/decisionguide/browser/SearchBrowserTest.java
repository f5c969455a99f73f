package org.decisionguide.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search as a reader uses it: keyboard only, screen-reader announcements, hostile queries, no JavaScript, CSP, axe. */
class SearchBrowserTest {
    private static Browser site;
    private static WebDriver js;

    @BeforeAll
    static void start() throws Exception {
        site = Browser.serve(Map.of());
        js = Browser.chromium(true);
    }

    @AfterAll
    static void stop() {
        if (js != null) js.quit();
        if (site != null) site.close();
    }

    private static WebElement active(WebDriver d) {
        return d.switchTo().activeElement();
    }

    private static void keys(WebDriver d, CharSequence... k) {
        new Actions(d).sendKeys(k).perform();
    }

    private static List<WebElement> results(WebDriver d) {
        return d.findElements(By.cssSelector("#search-results > li"));
    }

    private static WebDriverWait waitUp(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(10));
    }

    @Test
    void slashFocusesTheHeaderBoxEnterShowsResultsArrowsMoveAndEnterOpens() {
        js.get(site.origin + "/cs/glossary/");
        Browser.console(js);
        keys(js, "/");
        assertEquals("site-search-q", active(js).getAttribute("id"), "/ focuses the header's search box");
        keys(js, "halucinace", Keys.ENTER);
        waitUp(js).until(x -> x.getCurrentUrl().contains("/cs/search/?q=halucinace"));
        waitUp(js).until(x -> !results(x).isEmpty());
        assertEquals("term:hallucination", results(js).get(0).getAttribute("data-key"), "the term comes first for its own name");
        assertTrue(results(js).get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("/cs/glossary/#hallucination"),
                "a glossary hit links to the term's own anchor");
        String count = js.findElement(By.id("search-status")).getText();
        assertEquals("status", js.findElement(By.id("search-status")).getAttribute("role"), "the count is a live region");
        assertTrue(count.matches("\\d+ výsled(ek|ky|ků)|Víc než .*"), "the count is announced in Czech: " + count);
        assertFalse(js.findElement(By.id("az")).isDisplayed(), "the A–Z list gives way to the results");

        // "/" on the search page focuses its own box; typing shows results as you type, with marked words.
        js.findElement(By.tagName("h1")).click();
        keys(js, "/");
        assertEquals("search-q", active(js).getAttribute("id"));
        keys(js, "vyhledavani"); // replaces the previous query, which "/" selected
        waitUp(js).withMessage(() -> js.getCurrentUrl() + " value=" + js.findElement(By.id("search-q")).getAttribute("value")
                + " results=" + results(js).size()).until(x -> !results(x).isEmpty() && x.getCurrentUrl().endsWith("q=vyhledavani"));
        assertFalse(js.findElements(By.cssSelector("#search-results mark")).isEmpty(), "matched words are marked");
        assertTrue(js.findElements(By.cssSelector("#search-results mark")).stream()
                .allMatch(m -> m.getText().toLowerCase().startsWith("vyhled")), "only forms of the query word are marked");

        // Arrows move through the results, Up from the first returns to the box, Enter opens the focused one.
        keys(js, Keys.ARROW_DOWN);
        WebElement first = results(js).get(0).findElement(By.tagName("a"));
        assertEquals(first, active(js));
        keys(js, Keys.ARROW_DOWN);
        WebElement second = results(js).get(1).findElement(By.tagName("a"));
        assertEquals(second, active(js));
        keys(js, Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("search-q", active(js).getAttribute("id"));
        keys(js, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        String target = second.getAttribute("href");
        keys(js, Keys.ENTER);
        waitUp(js).until(x -> x.getCurrentUrl().equals(target));
        assertEquals(List.of(), Browser.console(js), "no console errors or CSP violations");
    }

    @Test
    void oneResultPerPageAndOutcomesReachedByManyPathsOnce() {
        SearchQueries.open(js, site.origin, "en");
        SearchQueries.Answer a = SearchQueries.ask(js, new SearchQueries.Query("en", "exact", "fine-tuning", List.of()));
        List<String> keys = results(js).stream().map(li -> li.getAttribute("data-key")).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "no page twice: " + keys);
        List<String> hrefs = results(js).stream().map(li -> li.findElement(By.tagName("a")).getAttribute("href")).toList();
        assertEquals(hrefs.size(), hrefs.stream().distinct().count(), "no address twice: " + hrefs);
        assertFalse(a.top().isEmpty());
    }

    @Test
    void hostileQueriesAreShownAsTextAndNeverRun() {
        List<String> hostile = List.of("<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>", "</mark><b>x</b>",
                "javascript:alert(1)", "{{constructor.constructor('alert(1)')()}}", "%3Cscript%3E", "' OR 1=1 --", "\u202e\u0000",
                "a".repeat(2000), "eval <svg onload=alert(1)>");
        for (String q : hostile) {
            js.get(site.origin + "/en/search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            waitUp(js).until(x -> Browser.js(x, "return document.getElementById('search').getAttribute('data-ready')") != null);
            assertEquals(q.replace("\u0000", "\ufffd").strip().isEmpty() ? "" : q.replace("\u0000", "\ufffd"),
                    js.findElement(By.id("search-q")).getAttribute("value").replace("\u0000", "\ufffd"), "the box shows the query as typed");
            assertEquals(0L, Browser.js(js, "return document.querySelectorAll('main img, main script, main svg, main b, #search-results iframe').length"),
                    "no element made from " + q);
            assertEquals(Boolean.FALSE, Browser.js(js, "return !!window.__hit"));
            // The results area holds only the elements the script builds.
            assertEquals(0L, Browser.js(js, "return document.querySelectorAll('#search-results *:not(li):not(a):not(span):not(p):not(mark)').length"));
        }
        // Type them too, as a reader would.
        SearchQueries.open(js, site.origin, "en");
        for (String q : hostile.subList(0, 3)) {
            WebElement box = js.findElement(By.id("search-q"));
            box.clear();
            box.sendKeys(q);
            assertEquals(0L, Browser.js(js, "return document.querySelectorAll('main img, main script, main b').length"));
        }
        assertEquals(List.of(), Browser.console(js).stream().filter(c -> !c.contains("favicon")).toList(), "no errors, no CSP violations");
    }

    @Test
    void resultsAreAccessibleAndFitASmallPhone() {
        js.manage().window().setSize(new Dimension(360, 740));
        try {
            List<String> failures = new ArrayList<>();
            for (String[] q : new String[][]{{"en", "retrieval augmented generation"}, {"cs", "dolaďování"}, {"pl", "zbiór ewaluacyjny"}}) {
                js.get(site.origin + "/" + q[0] + "/search/?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8));
                waitUp(js).until(x -> !results(x).isEmpty());
                Browser.axe(js).forEach(v -> failures.add(q[0] + " results: axe " + v));
                long doc = ((Number) Browser.js(js, "return document.documentElement.scrollWidth")).longValue();
                long view = ((Number) Browser.js(js, "return window.innerWidth")).longValue();
                if (doc > view) failures.add(q[0] + " results scroll sideways: " + doc + " > " + view);
            }
            assertEquals(List.of(), failures);
        } finally {
            js.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void withoutJavaScriptTheHeaderFormLeadsToAnAtoZOfEveryPage() throws Exception {
        WebDriver d = Browser.chromium(false);
        try {
            d.get(site.origin + "/pl/articles/najpierw-ewaluacje/");
            WebElement box = d.findElement(By.id("site-search-q"));
            box.sendKeys("halucynacja", Keys.ENTER);
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("/pl/search/?q=halucynacja"));
            assertTrue(d.findElement(By.id("search-q")).isDisplayed(), "the form is there");
            assertTrue(d.findElement(By.id("az")).isDisplayed(), "and the A–Z list");
            List<WebElement> entries = d.findElements(By.cssSelector("#az a[data-key]"));
            assertTrue(entries.stream().anyMatch(e -> e.getText().startsWith("halucynacja")), "glossary terms are listed");
            assertTrue(entries.stream().anyMatch(e -> "article".equals(e.getAttribute("data-kind"))));
            assertTrue(entries.stream().anyMatch(e -> "outcome".equals(e.getAttribute("data-kind"))));
            d.findElements(By.cssSelector("#az a[data-key='term:hallucination']")).get(0).click();
            assertTrue(d.getCurrentUrl().endsWith("/pl/glossary/#hallucination"));
        } finally {
            d.quit();
        }
        // axe on the search page with scripts blocked by the policy (axe itself needs JavaScript).
        try (Browser strict = Browser.serve(Map.of("Content-Security-Policy", Browser.NO_SCRIPTS))) {
            WebDriver d2 = Browser.chromium(true);
            try {
                d2.get(strict.origin + "/cs/search/?q=test");
                assertEquals(List.of(), Browser.axe(d2));
                assertTrue(d2.findElement(By.id("az")).isDisplayed());
            } finally {
                d2.quit();
            }
        }
    }
}
