package org.decisionguide.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * A dated claim in an article body, written {@code [text]{as-of=2026-12-02}}, optionally with its own validity
 * ({@code valid=90d|6m|1y}) or last day ({@code until=2027-01-14}).
 *
 * @param line  line of the opening bracket in the article file
 * @param text  the claim's Markdown source between the brackets
 * @param valid its own validity, or null (then the article's review interval applies)
 * @param until the last day it holds, or null
 * @param attrs the attributes as written, for messages ("as-of=2026-12-02 valid=90d")
 */
public record Claim(int line, String text, LocalDate asOf, Period valid, LocalDate until, String attrs) {

    /**
     * The last day the claim holds: {@code until}, else as-of plus its validity, else as-of plus the article's
     * review interval. It expires the day after.
     */
    public LocalDate lastDay(int reviewIntervalDays) {
        if (until != null) return until;
        return asOf.plus(valid != null ? valid : Period.ofDays(reviewIntervalDays));
    }

    public boolean expired(LocalDate today, int reviewIntervalDays) {
        return today.isAfter(lastDay(reviewIntervalDays));
    }

    /** The part a translation must copy unchanged: the dates, not the wording. */
    public String dating() {
        return "as-of=" + asOf + (valid != null ? " valid=" + ClaimDuration.format(valid) : "") + (until != null ? " until=" + until : "");
    }
}
