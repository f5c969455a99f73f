package org.decisionguide.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.decisionguide.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-checked scenarios of {@code src/test/resources/break-even/scenarios.yaml}, and the comparison of a
 * computed result with them; shared by the Rhino test and the browser test, so both engines face the same figures.
 */
public final class BreakEvenScenarios {
    /** The figures every scenario states, by the name {@code BreakEven.compute} gives them. */
    public static final List<String> FIGURES = List.of("large", "untuned", "tuned", "oneOff", "recurring");

    public record Scenario(String name, Map<String, Double> inputs, JsonNode expect) {}

    private BreakEvenScenarios() {}

    public static List<Scenario> all() {
        try {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Fixtures.resource("break-even/scenarios.yaml"));
            Map<String, Double> base = new LinkedHashMap<>();
            doc.get("base").fields().forEachRemaining(e -> base.put(e.getKey(), e.getValue().doubleValue()));
            List<Scenario> out = new ArrayList<>();
            for (JsonNode s : doc.get("scenarios")) {
                Map<String, Double> inputs = new LinkedHashMap<>(base);
                s.get("change").fields().forEachRemaining(e -> {
                    assertTrue(base.containsKey(e.getKey()), s.get("name").asText() + ": no input " + e.getKey());
                    inputs.put(e.getKey(), e.getValue().doubleValue());
                });
                out.add(new Scenario(s.get("name").asText(), inputs, s.get("expect")));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped formulas, as the build loads them. */
    public static BreakEvenScript script() {
        try {
            return BreakEvenScript.load("break-even-core.js",
                    Files.readString(Fixtures.repoRoot().resolve("assets/js/break-even-core.js")));
        } catch (IOException | BreakEvenScript.ScriptError e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every figure of {@code result} (the JSON of {@code BreakEven.compute}) against the scenario; one line per mismatch. */
    public static List<String> mismatches(Scenario s, JsonNode result, String engine) {
        List<String> out = new ArrayList<>();
        JsonNode e = s.expect();
        for (String f : FIGURES) near(out, s, engine, f, e.get(f).asDouble(), result.get(f).asDouble());
        for (int m : new int[] {12, 24}) {
            for (String option : List.of("large", "untuned", "tuned")) {
                near(out, s, engine, option + m, e.get(option + m).asDouble(), result.get("totals").get(String.valueOf(m)).get(option).asDouble());
            }
        }
        String be = e.get("breakEven").isNull() ? "null" : e.get("breakEven").asText();
        String got = result.get("breakEven").isNull() ? "null" : result.get("breakEven").asText();
        if (!be.equals(got)) out.add(s.name() + " (" + engine + "): break-even " + got + ", expected " + be);
        if (!e.get("status").asText().equals(result.get("status").asText())) {
            out.add(s.name() + " (" + engine + "): status " + result.get("status").asText() + ", expected " + e.get("status").asText());
        }
        return out;
    }

    private static void near(List<String> out, Scenario s, String engine, String figure, double expected, double actual) {
        if (Math.abs(expected - actual) > 1e-6 * Math.max(1, Math.abs(expected))) {
            out.add(s.name() + " (" + engine + "): " + figure + " = " + actual + ", expected " + expected);
        }
    }

    static void assertNoMismatches(List<String> m) {
        assertEquals(List.of(), m);
    }
}
