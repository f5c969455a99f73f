package org.decisionguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.decisionguide.Fixtures;
import org.decisionguide.model.Problem;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.render.BreakEvenScenarios;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The break-even calculator as a reader without JavaScript gets it, in every language, and its data's checks. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltCalculatorTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    static final Map<String, String> SLUGS = Map.of("en", "break-even-calculator", "cs", "kalkulacka-navratnosti", "pl", "kalkulator-zwrotu");
    private static final Map<String, Document> pages = new HashMap<>();
    private static final Map<String, String> files = new HashMap<>();

    private static Fixtures.BuiltSite site;

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        site = under.build();
        files.clear();
        pages.clear();
        files.putAll(site.text());
        pages.putAll(site.pages());
    }

    private static Document page(String lang) {
        Document d = pages.get(lang + "/" + SLUGS.get(lang) + "/index.html");
        assertNotNull(d, lang + ": the calculator at its localized address");
        return d;
    }

    private static String out(Document d, String name) {
        Element e = d.selectFirst("[data-out=" + name + "]");
        assertNotNull(e, name);
        return e.wholeText().strip(); // text() would turn the no-break spaces into plain ones
    }

    private static String normalized(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** The worked case, by hand (see the last scenario in fixtures/break-even/scenarios.yaml), as each language writes money. */
    @Test
    void withoutJavaScriptThePageShowsTheWorkedCaseComputedAndFormattedForItsLanguage() {
        Map<String, List<String>> expected = Map.of(
                "en", List.of("$3,024", "$36,288", "$72,576", "$151.20", "$1,814.40", "$3,628.80", "$1,611.40", "$39,337", "$58,674",
                        "$20,000", "$1,205.80", "month 15"),
                "cs", List.of("3 024 USD", "36 288 USD", "72 576 USD", "151,20 USD", "1 814,40 USD", "3 628,80 USD", "1 611,40 USD",
                        "39 337 USD", "58 674 USD", "20 000 USD", "1 205,80 USD", "15. měsíc"),
                // Polish groups digits from five up (1611, but 36 288).
                "pl", List.of("3024 USD", "36 288 USD", "72 576 USD", "151,20 USD", "1814,40 USD", "3628,80 USD", "1611,40 USD",
                        "39 337 USD", "58 674 USD", "20 000 USD", "1205,80 USD", "15. miesiąc"));
        List<String> names = List.of("large-1", "large-12", "large-24", "untuned-1", "untuned-12", "untuned-24", "tuned-1", "tuned-12",
                "tuned-24", "one-off", "recurring", "break-even");
        for (String lang : SLUGS.keySet()) {
            Document d = page(lang);
            for (int i = 0; i < names.size(); i++) {
                String shown = out(d, names.get(i));
                assertEquals(expected.get(lang).get(i), shown.replace('\u00a0', ' '), lang + " " + names.get(i));
                if (!lang.equals("en") && shown.matches(".*\\d \\d.*")) throw new AssertionError(lang + ": a breakable space inside " + shown);
            }
            String sentence = out(d, "sentence");
            assertTrue(sentence.contains(expected.get(lang).get(11).replace("month", "").replace(". měsíc", ". měsíci")
                    .replace(". miesiąc", ". miesiącu").strip()), lang + ": " + sentence);
            assertFalse(d.select("main").text().contains("NaN") || d.select("main").text().contains("undefined"), lang);
            assertFalse(out(d, "sensitivity").isBlank());
            assertTrue(d.select("#calc-sens-rows tr").size() >= 3, lang + ": the inputs that move the answer most");
        }
    }

    @Test
    void theDataFileIsTheHandCheckedWorkedCase() throws Exception {
        JsonNode data = new ObjectMapper(new YAMLFactory()).readTree(site.root().resolve("content/calculator/break-even.yaml").toFile());
        Map<String, Double> inputs = new LinkedHashMap<>();
        data.get("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().doubleValue()));
        BreakEvenScenarios.Scenario worked = BreakEvenScenarios.all().stream().filter(s -> s.name().equals("the guide's worked case"))
                .findFirst().orElseThrow();
        assertEquals(worked.inputs(), inputs, "the defaults are the inputs the hand-checked worked case uses");
    }

    @Test
    void everyLanguageLinksTheOthersAndNothingRunsInline() {
        for (String lang : SLUGS.keySet()) {
            Document d = page(lang);
            for (String other : SLUGS.keySet()) {
                Element alt = d.selectFirst("link[rel=alternate][hreflang=" + other + "]");
                assertNotNull(alt, lang + " → " + other);
                assertTrue(alt.attr("href").endsWith("/" + other + "/" + SLUGS.get(other) + "/"), alt.attr("href"));
            }
            for (Element s : d.select("script")) {
                assertFalse(s.attr("src").isEmpty(), lang + ": an inline script");
                assertTrue(s.attr("src").matches("/assets/js/[a-z-]+\\.js"), s.attr("src"));
            }
            assertTrue(d.select("[onclick], [oninput], [onload], [onchange]").isEmpty());
            assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
        }
    }

    @Test
    void theFormIsLabelledAndWaitsForTheScriptWhileTheWorksheetNeedsNone() throws Exception {
        for (String lang : SLUGS.keySet()) {
            Document d = page(lang);
            Element form = d.selectFirst("form#calc-form");
            assertTrue(form.hasAttr("hidden"), lang + ": without the script the form would recalculate nothing");
            List<Element> inputs = form.select("input");
            assertEquals(25, inputs.size(), lang);
            for (Element in : inputs) {
                Element label = d.selectFirst("label[for=" + in.id() + "]");
                assertNotNull(label, lang + ": label for " + in.id());
                assertFalse(label.text().isBlank());
                assertNotNull(d.getElementById(in.attr("aria-describedby")), in.id() + " hint");
                assertNotNull(d.getElementById("err-" + in.attr("name")), in.id() + ": a place for its message");
                assertFalse(in.val().isBlank(), in.id() + " has its default");
            }
            JsonNode texts = new ObjectMapper().readTree(form.attr("data-texts"));
            assertEquals(25, texts.get("labels").size());
            assertEquals(inputs.size(), d.select(".calc-ws-table tbody tr").size(), lang + ": the worksheet lists every input");
            assertTrue(d.select(".calc-formulas li").size() >= 7, lang + ": the formulas in words");
            Element download = d.selectFirst("a#calc-download");
            String record = files.get(lang + "/" + SLUGS.get(lang) + "/break-even.md");
            assertNotNull(record, lang + ": the decision record of the worked case");
            assertTrue(download.attr("href").endsWith("/" + SLUGS.get(lang) + "/break-even.md"));
            assertTrue(normalized(record).contains(normalized(out(d, "sentence"))), lang + ": the record carries the answer");
            for (Element in : inputs) {
                assertTrue(record.contains(d.selectFirst("label[for=" + in.id() + "]").text().replace('\u00a0', ' ')), lang + ": " + in.id());
            }
        }
    }

    /** The tree nodes and checklist items named under `linked_from` show the link, in every language, to that language's page. */
    @Test
    void theTreeAndTheChecklistLinkToTheCalculator() throws Exception {
        JsonNode links = new ObjectMapper(new YAMLFactory()).readTree(site.root().resolve("content/calculator/break-even.yaml").toFile())
                .get("linked_from");
        assertTrue(links.get("decide").size() > 0 && links.get("checklist").size() > 0);
        for (String lang : SLUGS.keySet()) {
            String url = "/" + lang + "/" + SLUGS.get(lang) + "/";
            for (JsonNode node : links.get("decide")) {
                List<Document> at = pages.entrySet().stream().filter(e -> e.getKey().startsWith(lang + "/decide/"))
                        .map(Map.Entry::getValue).filter(d -> d.selectFirst("#decide[data-node=" + node.asText() + "]") != null).toList();
                assertFalse(at.isEmpty(), lang + ": pages of node " + node.asText());
                for (Document d : at) assertEquals(url, d.selectFirst("#decide a[href=" + url + "]").attr("href"), lang + " " + node.asText());
            }
            Document checklist = pages.get(lang + "/checklist/index.html");
            for (JsonNode item : links.get("checklist")) {
                Element box = checklist.getElementById("item-" + item.asText());
                assertNotNull(box, lang + ": item " + item.asText());
                assertNotNull(box.parent().selectFirst("a.calc-link[href=" + url + "]"), lang + ": " + item.asText() + " links to the calculator");
            }
        }
    }

    /** The cost articles link to the calculator, in every language. */
    @Test
    void theCostArticlesLinkToTheCalculator() {
        for (String lang : SLUGS.keySet()) {
            for (String id : List.of("when-fine-tuning-wins", "real-cost-of-fine-tuning")) {
                Document d = pages.entrySet().stream().filter(e -> e.getKey().startsWith(lang + "/articles/"))
                        .map(Map.Entry::getValue).filter(x -> x.selectFirst("link[rel=alternate][hreflang=en]") != null
                                && x.selectFirst("link[rel=alternate][hreflang=en]").attr("href").contains("/en/articles/" + id + "/"))
                        .findFirst().orElseThrow(() -> new AssertionError(lang + " " + id));
                assertNotNull(d.selectFirst("main a[href$=/" + SLUGS.get(lang) + "/]"), lang + " " + id + " links to the calculator");
            }
        }
    }

    /** The article the defaults come from shows the calculator's monthly costs (to the dollar) and payback month, in every language. */
    @Test
    void theWorkedCaseInTheArticleHasTheCalculatorsFigures() throws Exception {
        JsonNode data = new ObjectMapper(new YAMLFactory()).readTree(site.root().resolve("content/calculator/break-even.yaml").toFile());
        Map<String, Double> inputs = new LinkedHashMap<>();
        data.get("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().doubleValue()));
        JsonNode r = BreakEvenScenarios.script().compute(inputs);
        List<Long> monthly = List.of(Math.round(r.get("large").asDouble()), Math.round(r.get("untuned").asDouble()), Math.round(r.get("tuned").asDouble()));
        for (String lang : SLUGS.keySet()) {
            String text = Files.readString(site.root().resolve("content/" + lang + "/articles/" + data.get("article").asText() + ".md"));
            String section = java.util.Arrays.stream(text.split("\n## ")).filter(s -> s.contains("≈") && (s.contains("$") || s.contains("USD")))
                    .findFirst().orElseThrow(() -> new AssertionError(lang + ": no worked case with a payback (≈ months)"));
            List<Long> bold = new java.util.ArrayList<>();
            java.util.regex.Matcher b = java.util.regex.Pattern.compile("\\*\\*(.+?)\\*\\*", java.util.regex.Pattern.DOTALL).matcher(section);
            while (b.find()) {
                String s = b.group(1);
                if (!s.matches("(?s).*\\d.*") || !(s.contains("$") || s.contains("USD"))) continue;
                java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\d[\\d\\s\\u00a0,.]*").matcher(s);
                n.find();
                String digits = n.group().strip().replaceAll("[\\s\\u00a0]", "").replaceAll("[,.](?=\\d{3}(?!\\d))", "").replace(',', '.');
                bold.add(Math.round(Double.parseDouble(digits)));
            }
            assertTrue(bold.size() >= 3, lang + ": the three monthly totals in bold");
            assertEquals(monthly, bold.subList(0, 3), lang + ": (a), (b), (c) per month in the article and in the calculator");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("≈\\s*(\\d+(?:[.,]\\d+)?)").matcher(section);
            assertTrue(m.find(), lang);
            assertEquals(r.get("breakEven").asInt(), (int) Math.ceil(Double.parseDouble(m.group(1).replace(',', '.'))), lang + ": payback month");
        }
    }

    @Test
    void defaultsTheFormulasRejectFailTheBuildNamingTheLine(@TempDir Path dir) throws Exception {
        Fixtures.copyOfSite(site.root(), dir);
        Path data = dir.resolve("content/calculator/break-even.yaml");
        String text = Files.readString(data).replace("  requests: 2400000", "  requests: -5")
                .replace("  cached_share: 90", "  cached_share: 190").replace("  retrain_months: 3", "  retrain_months: 2.5")
                .replace("  hosting: 0", "  hosting: 0\n  gpu_hours: 3");
        Files.writeString(data, text);
        BuildResult r = Pipeline.build(new BuildOptions(dir, false, null));
        assertTrue(r.hasErrors());
        List<String> lines = r.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("content/calculator/break-even.yaml:" + lineOf(text, "  requests: -5")) && all.contains("\"requests\" is negative"), all);
        assertTrue(all.contains(":" + lineOf(text, "  cached_share: 190")) && all.contains("more than 100"), all);
        assertTrue(all.contains(":" + lineOf(text, "  retrain_months: 2.5")) && all.contains("whole number"), all);
        assertTrue(all.contains(":" + lineOf(text, "  gpu_hours: 3")) && all.contains("unknown input \"gpu_hours\""), all);
        assertFalse(all.contains("Exception"), all);
    }

    private static int lineOf(String text, String line) {
        List<String> ls = text.lines().toList();
        for (int i = 0; i < ls.size(); i++) if (ls.get(i).startsWith(line)) return i + 1;
        throw new AssertionError(line);
    }
}
