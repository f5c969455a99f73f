package org.decisionguide.render.view;

import java.util.List;
import java.util.Map;

/**
 * Where other pages link to the break-even calculator, given to every template as {@code calculator}: the decision
 * tree's nodes and the checklist's items that show the link, and the calculator's address per language.
 */
public record CalculatorLinks(List<String> decide, List<String> checklist, Map<String, String> urls) {

    public CalculatorLinks {
        decide = List.copyOf(decide);
        checklist = List.copyOf(checklist);
        urls = Map.copyOf(urls);
    }
}
