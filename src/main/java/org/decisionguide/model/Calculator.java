package org.decisionguide.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The break-even calculator ({@code content/calculator/break-even.yaml}): its default scenario, dated, and where it
 * comes from; plus the text of the script that holds its formulas, which the build runs for the default scenario.
 *
 * @param asOf     the date the default prices were checked
 * @param article  the article whose worked example the defaults are
 * @param slugs    the page's URL segment per language
 * @param inputs   default value per input id, in file order
 * @param script   the formulas ({@code assets/js/break-even-core.js}), as shipped to the browser
 * @param decideNodes    decision-tree nodes whose pages link to the calculator
 * @param checklistItems checklist items that link to it
 */
public record Calculator(Path file, LocalDate asOf, String article, Map<String, String> slugs, Map<String, Double> inputs,
                         java.util.List<String> decideNodes, java.util.List<String> checklistItems,
                         KeyLines lineOf, Path scriptFile, String script) {

    public Calculator {
        slugs = Map.copyOf(slugs);
        decideNodes = java.util.List.copyOf(decideNodes);
        checklistItems = java.util.List.copyOf(checklistItems);
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    }
}
