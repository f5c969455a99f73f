package org.decisionguide.browser;

import org.decisionguide.model.OutputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site on a 360 × 740 phone (that no page scrolls sideways there is BrowserSuiteTest's): a header that leaves room for the page, a decision tree whose text can be read,
 * a translations table that shows all its columns, and tap targets of at least 24 × 24 px (WCAG 2.2, 2.5.8).
 */
class SmallScreenBrowserTest {
    private static final List<String> LANGS = List.of("en", "cs", "pl");
    /** A quarter of the phone's height; the Czech header took 280 px (38 %) before it was made compact. */
    private static final int HEADER_BUDGET = 185;

    private static Browser site;
    private static WebDriver js;

    @BeforeAll
    static void start() throws Exception {
        site = Browser.serve(Map.of());
        js = Browser.chromium(true);
        Browser.phone(js);
    }

    @AfterAll
    static void stop() {
        if (js != null) js.quit();
        if (site != null) site.close();
    }

    private static List<String> built(String lang, String marker) {
        return site.site.files().stream().filter(f -> f.path().startsWith(lang + "/") && f.path().endsWith("index.html"))
                .filter(f -> f.text().contains(marker)).map(OutputFile::path).sorted()
                .map(p -> "/" + p.replace("index.html", "")).toList();
    }

    /** An article, the tree's first question, a tree outcome and the other page kinds with their own layout. */
    private static List<String> pages(String lang) {
        List<String> out = new ArrayList<>(List.of("/" + lang + "/", "/" + lang + "/decide/", "/" + lang + "/checklist/",
                "/" + lang + "/translations/", "/" + lang + "/glossary/", "/" + lang + "/search/"));
        out.add(built(lang, "<article").get(0));
        out.add(outcome(lang));
        return out;
    }

    /** A tree outcome reached after three answers or more, so its page lists several "Change" links. */
    private static String outcome(String lang) {
        return site.site.files().stream().filter(f -> f.path().startsWith(lang + "/decide/") && f.path().endsWith("index.html"))
                .filter(f -> f.text().contains("class=\"recommendation\"") && f.text().split("class=\"change-link\"", -1).length > 3)
                .map(f -> "/" + f.path().replace("index.html", "")).sorted().findFirst().orElseThrow();
    }

    private static long number(String script, Object... args) {
        return ((Number) Browser.js(js, script, args)).longValue();
    }

    /** Width and height of an element's box in CSS px. */
    private static long[] size(WebElement e) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) Browser.js(js, "var r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", e);
        return new long[]{Math.round(r.get(0).doubleValue()), Math.round(r.get(1).doubleValue())};
    }

    @Test
    void theHeaderLeavesRoomForThePageAndItsTargetsAre24Px() {
        List<String> failures = new ArrayList<>();
        for (String lang : LANGS) {
            for (String page : pages(lang)) {
                js.get(site.origin + page);
                assertEquals(360, number("return window.innerWidth"), "laid out as a phone");
                long header = number("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
                if (header > HEADER_BUDGET) failures.add(lang + " " + page + ": header " + header + " px of 740, budget " + HEADER_BUDGET);
                for (WebElement target : js.findElements(By.cssSelector(".site-header a, .site-header input, .site-header button"))) {
                    long[] s = size(target);
                    if (s[0] < 24 || s[1] < 24) failures.add(lang + " " + page + ": header target '" + target.getText() + "' " + s[0] + "×" + s[1]);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theTreeIsReadableAsTextAndItsDiagramScrollsByKeyboard() {
        js.get(site.origin + "/cs/decide/");
        WebElement outline = js.findElement(By.cssSelector(".tree-outline"));
        assertTrue(outline.getAttribute("open") != null, "the text form of the tree is open on a phone");
        WebElement firstItem = outline.findElement(By.cssSelector("ol > li"));
        assertTrue(firstItem.isDisplayed() && !firstItem.getText().isBlank());
        assertTrue(number("return parseFloat(getComputedStyle(arguments[0]).fontSize)", firstItem) >= 14, "list text is body size");
        long svgText = number("return Math.round(document.querySelector('.tree-diagram .node text').getBoundingClientRect().height)");
        assertTrue(svgText >= 12, "the diagram's text is drawn at a readable size, not squeezed: " + svgText + " px");

        Browser.tabTo(js, ".tree-scroll");
        WebElement box = js.switchTo().activeElement();
        String name = js.findElement(By.id(box.getAttribute("aria-labelledby"))).getText();
        assertFalse(name.isBlank(), "the scroll box is named by the caption");
        assertEquals("region", box.getAttribute("role"));
        assertTrue(number("return arguments[0].scrollWidth - arguments[0].clientWidth", box) > 0, "the diagram is wider than the phone");
        new Actions(js).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        new WebDriverWait(js, Duration.ofSeconds(3)).withMessage("arrow keys scroll the focused diagram")
                .until(d -> number("return arguments[0].scrollLeft", box) > 0);
    }

    @Test
    void changeAnswerAndTheOtherStandaloneLinksAreAtLeast24PxAndAxeIsClean() {
        List<String> failures = new ArrayList<>();
        for (String lang : LANGS) {
            js.get(site.origin + outcome(lang));
            List<WebElement> targets = js.findElements(By.cssSelector(".change-link, .back-link, .start-again, .record-download"));
            assertTrue(js.findElements(By.cssSelector(".change-link")).size() >= 2, "an outcome lists the answers with Change links");
            for (WebElement t : targets) {
                long[] s = size(t);
                if (s[0] < 24 || s[1] < 24) failures.add(lang + ": '" + t.getText() + "' is " + s[0] + "×" + s[1] + " px");
            }
            Browser.axe(js).forEach(v -> failures.add(lang + " outcome at 360 px: axe " + v));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theTranslationsTableShowsEveryColumnOrScrollsByKeyboard() {
        List<String> failures = new ArrayList<>();
        for (String lang : LANGS) {
            js.get(site.origin + "/" + lang + "/translations/");
            WebElement box = js.findElement(By.cssSelector(".table-scroll:has(> .status-table:not(.facts-table))"));
            long table = number("return Math.ceil(arguments[0].querySelector('table').getBoundingClientRect().right)", box);
            long fits = number("return Math.floor(arguments[0].getBoundingClientRect().right)", box);
            boolean focusable = "0".equals(box.getAttribute("tabindex")) && "region".equals(box.getAttribute("role"))
                    && !js.findElement(By.id(box.getAttribute("aria-labelledby"))).getText().isBlank();
            if (table > fits) failures.add(lang + ": the table ends at " + table + " px, its box at " + fits);
            if (!focusable) failures.add(lang + ": the table's scroll box cannot take focus or has no name");
            List<WebElement> lastColumn = js.findElements(By.cssSelector(".status-table:not(.facts-table) tr > :last-child"));
            assertTrue(lastColumn.size() > 1);
            for (WebElement cell : lastColumn) {
                long right = number("return Math.ceil(arguments[0].getBoundingClientRect().right)", cell);
                if (right > 360) failures.add(lang + ": '" + cell.getText() + "' is cut off at " + right + " px");
            }
            Browser.axe(js).forEach(v -> failures.add(lang + " translations at 360 px: axe " + v));
        }
        assertEquals(List.of(), failures);
    }
}
