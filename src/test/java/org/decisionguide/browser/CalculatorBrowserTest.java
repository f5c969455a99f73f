package org.decisionguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.decisionguide.model.OutputFile;
import org.decisionguide.render.BreakEvenScenarios;
import org.decisionguide.render.BreakEvenScript;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The break-even calculator in Chromium: the hand-checked scenarios computed by the browser's engine, the live page
 * agreeing with the page the build wrote, typing, messages next to bad fields, the scenario in the address, keyboard,
 * accessibility with and without JavaScript, small screens and print.
 */
class CalculatorBrowserTest {
    private static final Map<String, String> PATHS = Map.of("en", "/en/break-even-calculator/", "cs", "/cs/kalkulacka-navratnosti/",
            "pl", "/pl/kalkulator-zwrotu/");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static void open(String path) {
        js.get(site.origin + path);
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("calc-form")).isDisplayed());
    }

    private static String out(String name) {
        return (String) Browser.js(js, "return document.querySelector('[data-out=\"' + arguments[0] + '\"]').textContent.trim()", name);
    }

    private static Document built(String lang) {
        String file = PATHS.get(lang).substring(1) + "index.html";
        OutputFile f = site.site.files().stream().filter(x -> x.path().equals(file)).findFirst().orElseThrow();
        return Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8));
    }

    private static List<String> axe() {
        return Browser.axe(js);
    }

    private static WebElement field(String id) {
        return js.findElement(By.id("in-" + id));
    }

    private static void type(String id, String text) {
        WebElement f = field(id);
        f.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) f.sendKeys(text);
    }

    /** A value pasted in at once, as the script sees it (typing would pass through values that are valid). */
    private static void paste(String id, String text) {
        Browser.js(js, "var f = document.getElementById('in-' + arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}))", id, text);
    }

    /** Every hand-checked scenario through Chromium's engine, and every string the page would show for it, against Rhino's. */
    @Test
    void theBrowserComputesEveryScenarioAsTheHandCheckedFiguresAndTheBuildSay() throws Exception {
        BreakEvenScript rhino = BreakEvenScenarios.script();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String lang : PATHS.keySet()) {
            open(PATHS.get(lang));
            JsonNode texts = JSON.readTree((String) Browser.js(js, "return document.getElementById('calc-form').getAttribute('data-texts')"));
            for (BreakEvenScenarios.Scenario s : BreakEvenScenarios.all()) {
                String values = JSON.writeValueAsString(s.inputs());
                JsonNode computed = JSON.readTree((String) Browser.js(js, "return JSON.stringify(BreakEven.compute(JSON.parse(arguments[0])))", values));
                if (lang.equals("en")) mismatches.addAll(BreakEvenScenarios.mismatches(s, computed, "Chromium"));
                JsonNode shown = JSON.readTree((String) Browser.js(js,
                        "return JSON.stringify(BreakEven.present(JSON.parse(arguments[0]), JSON.parse(arguments[1])))", values, texts.toString()));
                JsonNode byRhino = rhino.present(s.inputs(), texts);
                for (Iterator<String> it = byRhino.get("out").fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    compared++;
                    if (!byRhino.get("out").get(name).equals(shown.get("out").get(name))) {
                        mismatches.add(lang + " " + s.name() + " " + name + ": Chromium " + shown.get("out").get(name) + ", Rhino " + byRhino.get("out").get(name));
                    }
                }
                if (!byRhino.get("sensitivity").equals(shown.get("sensitivity"))) mismatches.add(lang + " " + s.name() + ": sensitivity differs");
                if (!byRhino.get("result").equals(shown.get("result"))) mismatches.add(lang + " " + s.name() + ": unrounded figures differ");
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared >= 3 * 20 * 15, compared + " strings compared");
    }

    @Test
    void theLivePageShowsWhatTheBuildWroteInEveryLanguage() {
        for (String lang : PATHS.keySet()) {
            open(PATHS.get(lang));
            Document built = built(lang);
            for (Element e : built.select("[data-out]")) {
                String name = e.attr("data-out");
                if (name.startsWith("yours-")) continue;
                assertEquals(e.wholeText().strip(), out(name), lang + " " + name);
            }
            assertEquals(built.select("#calc-sens-rows").first().text(), js.findElement(By.id("calc-sens-rows")).getText().replace('\n', ' '), lang);
            assertFalse(out("yours-requests").isEmpty(), lang + ": the worksheet shows the figures in use");
            assertEquals(site.origin + PATHS.get(lang), js.getCurrentUrl(), lang + ": the worked case needs no query");
        }
    }

    @Test
    void typingRecalculatesAndTheScenarioTravelsInTheAddressAcrossLanguages() {
        open(PATHS.get("en"));
        type("requests", "200000");
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> out("break-even").equals("never"));
        assertTrue(out("sentence").startsWith("With these numbers, tuning never pays back"), out("sentence"));
        assertEquals("$252", out("large-1"), "200,000 × 0.00126");
        assertTrue(js.getCurrentUrl().contains("requests=200000"), js.getCurrentUrl());
        String query = js.getCurrentUrl().substring(js.getCurrentUrl().indexOf('?'));

        js.navigate().refresh();
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("calc-form")).isDisplayed());
        assertEquals("200,000", field("requests").getAttribute("value"));
        assertEquals("never", out("break-even"));

        open(PATHS.get("cs") + query);
        assertEquals("200 000", field("requests").getAttribute("value").replace('\u00a0', ' '));
        assertEquals("nikdy", out("break-even"));
        assertEquals("252 USD", out("large-1").replace('\u00a0', ' '));

        js.findElement(By.id("calc-reset")).click();
        assertEquals("15. měsíc", out("break-even"));
        assertEquals(site.origin + PATHS.get("cs"), js.getCurrentUrl(), "back to the worked case: a clean address");
    }

    @Test
    void aBadValueGetsAMessageNextToItsFieldAndTheAnswerNeverShowsNaN() {
        open(PATHS.get("en"));
        String before = out("sentence");
        String[][] cases = {{"requests", "-5", "Enter 0 or more."}, {"requests", "", "Enter a number."},
                {"input_tokens", "lots", "Enter digits only, such as 1200 or 0.5."}, {"cached_share", "150", "That is more than 100: check the unit."},
                {"retrain_months", "2.5", "Enter whole months."}};
        for (String[] c : cases) {
            open(PATHS.get("en"));
            paste(c[0], c[1]);
            WebElement error = js.findElement(By.id("err-" + c[0]));
            new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> error.isDisplayed());
            assertEquals(c[2], error.getText(), c[0] + " = " + c[1]);
            assertEquals("true", field(c[0]).getAttribute("aria-invalid"));
            assertTrue(field(c[0]).getAttribute("aria-describedby").contains("err-" + c[0]), "the message is tied to the field");
            assertFalse(js.findElement(By.id("calc-stale")).getText().isBlank(), "the answer says it is not up to date");
            assertEquals(before, out("sentence"), "the last complete figures stay");
            String main = js.findElement(By.tagName("main")).getText();
            assertFalse(main.contains("NaN") || main.contains("undefined") || main.contains("Infinity"), main);
            assertEquals(List.of(), axe(), "with a message shown");
        }
        paste("retrain_months", "3");
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("err-retrain_months")).isDisplayed());
        assertEquals(null, field("retrain_months").getAttribute("aria-invalid"));
        assertTrue(js.findElement(By.id("calc-stale")).getText().isBlank());
    }

    @Test
    void byKeyboardAlone() {
        open(PATHS.get("pl"));
        for (int i = 0; i < 80 && !"in-requests".equals(js.switchTo().activeElement().getAttribute("id")); i++) {
            new Actions(js).sendKeys(Keys.TAB).perform();
        }
        assertEquals("in-requests", js.switchTo().activeElement().getAttribute("id"), "Tab reaches the first field");
        assertEquals("solid", Browser.js(js, "return getComputedStyle(document.activeElement).outlineStyle"), "keyboard focus is visible");
        new Actions(js).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("1 200 000").perform();
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> !out("break-even").equals("15. miesiąc"));
        assertTrue(out("sentence").startsWith("Przy tych liczbach"), out("sentence"));
        for (int i = 0; i < 120 && !"calc-download".equals(js.switchTo().activeElement().getAttribute("id")); i++) {
            new Actions(js).sendKeys(Keys.TAB).perform();
        }
        assertEquals("calc-download", js.switchTo().activeElement().getAttribute("id"), "Tab reaches the decision record");
        new Actions(js).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(js, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("calc-download")).getAttribute("href").startsWith("blob:"));
    }

    @Test
    void accessibleWithAndWithoutJavaScriptOnAPhoneAndInPrint() throws Exception {
        List<String> failures = new ArrayList<>();
        js.manage().window().setSize(new Dimension(360, 740));
        try {
            for (String lang : PATHS.keySet()) {
                open(PATHS.get(lang));
                axe().forEach(v -> failures.add(lang + " with JavaScript: " + v));
                Browser.console(js).forEach(c -> failures.add(lang + " console: " + c));
                long doc = ((Number) Browser.js(js, "return document.documentElement.scrollWidth")).longValue();
                if (doc > 360) failures.add(lang + ": " + doc + " px wide on a 360 px screen");
            }
        } finally {
            js.manage().window().setSize(new Dimension(1280, 900));
        }
        try (Browser strict = Browser.serve(Map.of("Content-Security-Policy", Browser.NO_SCRIPTS))) {
            WebDriver d = Browser.chromium(true);
            try {
                d.manage().window().setSize(new Dimension(360, 740));
                for (String lang : PATHS.keySet()) {
                    d.get(strict.origin + PATHS.get(lang));
                    assertFalse(d.findElement(By.id("calc-form")).isDisplayed(), "no form that would compute nothing");
                    assertTrue(d.findElement(By.id("calc-worksheet")).isDisplayed());
                    Browser.axe(d).forEach(v -> failures.add(lang + " without JavaScript: " + v));
                    long doc = ((Number) Browser.js(d, "return document.documentElement.scrollWidth")).longValue();
                    if (doc > 360) failures.add(lang + " without JavaScript: " + doc + " px wide");
                }
            } finally {
                d.quit();
            }
        }
        for (String lang : PATHS.keySet()) {
            open(PATHS.get(lang));
            String pdf = new String(java.util.Base64.getDecoder().decode(
                    ((org.openqa.selenium.PrintsPage) js).print(new org.openqa.selenium.print.PrintOptions()).getContent()),
                    StandardCharsets.ISO_8859_1);
            long pages = java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(pdf).results().count();
            if (pages > 4) failures.add(lang + ": the printed worksheet takes " + pages + " pages");
        }
        assertEquals(List.of(), failures);
    }
}
