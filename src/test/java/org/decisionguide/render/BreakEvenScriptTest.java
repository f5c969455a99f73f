package org.decisionguide.render;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calculator's formulas as the build runs them (the shipped script in Rhino) against hand-checked figures;
 * {@code CalculatorBrowserTest} runs the same scenarios in Chromium.
 */
class BreakEvenScriptTest {
    private static BreakEvenScript script;
    private static final Map<String, Object> EN = Map.of("decimal", ".", "group", ",", "minGroup", 1, "money", "$#", "percent", "#%");
    private static final Map<String, Object> CS = Map.of("decimal", ",", "group", "\u00a0", "minGroup", 1, "money", "#\u00a0USD", "percent", "#\u00a0%");

    @BeforeAll
    static void load() {
        script = BreakEvenScenarios.script();
    }

    @Test
    void everyScenarioGivesTheHandCheckedFigures() {
        List<BreakEvenScenarios.Scenario> all = BreakEvenScenarios.all();
        assertTrue(all.size() >= 20, all.size() + " scenarios");
        List<String> names = all.stream().map(BreakEvenScenarios.Scenario::name).toList();
        for (String needed : List.of("no caching", "90 % caching", "caching already removes most of the cost, tuning never pays back",
                "break-even exactly at a month boundary", "zero traffic", "the guide's worked case")) {
            assertTrue(names.contains(needed), "scenario \"" + needed + "\"");
        }
        List<String> mismatches = new ArrayList<>();
        for (BreakEvenScenarios.Scenario s : all) mismatches.addAll(BreakEvenScenarios.mismatches(s, script.compute(s.inputs()), "Rhino"));
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aBreakEvenOnTheBoundaryIsThatMonthNotTheNext() {
        BreakEvenScenarios.Scenario s = BreakEvenScenarios.all().stream()
                .filter(x -> x.name().equals("break-even exactly at a month boundary")).findFirst().orElseThrow();
        JsonNode r = script.compute(s.inputs());
        // Both options have cost exactly 65,000 after month 5 (see the scenario's arithmetic).
        assertEquals(5, r.get("breakEven").asInt());
        Map<String, Double> dearer = new LinkedHashMap<>(s.inputs());
        dearer.put("training_cost", 3251.0); // one dollar more: month 5 no longer catches up
        assertEquals(6, script.compute(dearer).get("breakEven").asInt());
    }

    @Test
    void eachBadValueGetsItsOwnReasonNeverANumberThatIsNone() {
        assertEquals("empty", script.check("requests", "", EN).get("code").asText());
        assertEquals("empty", script.check("requests", "   ", EN).get("code").asText());
        assertEquals("number", script.check("requests", "lots", EN).get("code").asText());
        assertEquals("number", script.check("requests", "1e6", EN).get("code").asText());
        assertEquals("number", script.check("requests", "NaN", EN).get("code").asText());
        assertEquals("number", script.check("requests", "Infinity", EN).get("code").asText());
        assertEquals("number", script.check("requests", "1.2.3", EN).get("code").asText());
        assertEquals("negative", script.check("requests", "-5", EN).get("code").asText());
        assertEquals("negative", script.check("requests", "\u22125", CS).get("code").asText());
        JsonNode max = script.check("cached_share", "150", EN);
        assertEquals("max", max.get("code").asText());
        assertEquals(100, max.get("limit").asInt());
        assertEquals("max", script.check("requests", "20000000000", EN).get("code").asText());
        assertEquals("integer", script.check("retrain_months", "1.5", EN).get("code").asText());
        // What people type in their own language is read as they mean it.
        assertTrue(script.check("requests", "2,400,000", EN).isNull());
        assertTrue(script.check("requests", "2 400 000", CS).isNull());
        assertTrue(script.check("day_rate", "800,50", CS).isNull());
        assertTrue(script.check("day_rate", "800.50", CS).isNull());
        assertTrue(script.check("retrain_months", "0", EN).isNull());
    }

    @Test
    void sensitivityVariesEachInputByHalfAndRanksByTheSwingOfTheTwoYearSaving() {
        BreakEvenScenarios.Scenario base = BreakEvenScenarios.all().get(0);
        JsonNode rows = script.sensitivity(base.inputs());
        assertEquals(base.inputs().size(), rows.size(), "one row per input");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("swing").asDouble() >= rows.get(i).get("swing").asDouble(), "sorted by swing");
        }
        JsonNode requests = row(rows, "requests");
        // By hand: at 500,000 requests (a) 6,500, (c) 675 + 1,000; 24 months: 156,000 − (11,000 + 40,200) = 104,800.
        // At 1,500,000: (a) 19,500, (c) 2,025 + 1,000; 156,000 × 3 − (11,000 + 72,600) = 384,400. Swing 279,600.
        assertEquals(104800, requests.get("lowSaving").asDouble(), 1e-6);
        assertEquals(384400, requests.get("highSaving").asDouble(), 1e-6);
        assertEquals(279600, requests.get("swing").asDouble(), 1e-6);
        assertEquals("requests", rows.get(0).get("id").asText(), "traffic moves the base scenario most");
        assertEquals(0, row(rows, "hosting").get("swing").asDouble(), "zero stays zero at ±50 %");
        assertEquals(30, row(rows, "handback_untuned").get("high").asDouble(), 1e-9, "20 % × 1.5 = 30 %");
        Map<String, Double> half = new LinkedHashMap<>(base.inputs());
        half.put("cached_share", 80.0);
        assertEquals(100, row(script.sensitivity(half), "cached_share").get("high").asDouble(), "a share is capped at 100 %");
    }

    private static JsonNode row(JsonNode rows, String id) {
        for (JsonNode r : rows) if (r.get("id").asText().equals(id)) return r;
        throw new AssertionError("no row " + id);
    }
}
