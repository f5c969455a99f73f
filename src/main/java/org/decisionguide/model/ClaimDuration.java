package org.decisionguide.model;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A claim's validity as written: {@code 30d}, {@code 6m}, {@code 1y}. */
public final class ClaimDuration {
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,3})([dmy])");

    private ClaimDuration() {}

    /** The period, or null when the text is not a duration. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return null;
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }

    static String format(Period p) {
        if (p.getYears() > 0) return p.getYears() + "y";
        if (p.getMonths() > 0) return p.getMonths() + "m";
        return p.getDays() + "d";
    }
}
