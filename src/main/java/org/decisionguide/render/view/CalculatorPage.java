package org.decisionguide.render.view;

import java.util.List;
import java.util.Map;

/**
 * {@code /<lang>/<calculator slug>/}: the default scenario computed at build time by the calculator's own script,
 * the form the page script brings to life, the sensitivity table and a printable worksheet.
 *
 * @param asOf          the default prices' date, written out in the page's language
 * @param asOfIso       the same date as YYYY-MM-DD, for {@code <time datetime>}
 * @param caseTitle     the title of the article whose worked case the defaults are (null: not linked)
 * @param out           the scenario's figures and sentences by output name (the page's {@code data-out} names)
 * @param textsJson     patterns, labels and number rules the page script formats with (the ones the build used)
 * @param defaultsQuery the default scenario as a query string, for "back to the worked case"
 */
public record CalculatorPage(Head head, String asOf, String asOfIso, String caseTitle, String caseUrl, String caseLang,
                             List<Group> groups, Map<String, String> out, List<Sensitivity> sensitivity,
                             String textsJson, String defaultsQuery, String recordUrl, String recordName) implements PageView {

    public CalculatorPage {
        groups = List.copyOf(groups);
        out = Map.copyOf(out);
        sensitivity = List.copyOf(sensitivity);
    }

    public record Group(String id, String legend, List<Field> fields) {
        public Group {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One input. {@code value} is the default as a reader would type it; {@code shown} the same with its unit.
     * {@code integer}: only whole numbers are accepted.
     */
    public record Field(String id, String label, String hint, String value, String shown, boolean integer) {}

    /** One row of the sensitivity table: the input at −50 % and at +50 %, what tuning does then, and the swing. */
    public record Sensitivity(String label, String low, String lowOutcome, String high, String highOutcome, String swing) {}
}
