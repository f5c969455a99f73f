package org.decisionguide.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How fresh an article's facts are on the build's today: when its original was reviewed, when the next review is
 * due, and which dated claims have expired. One computation feeds the build's warnings, the notices on the pages,
 * {@code ./guide status} and the status page.
 *
 * @param reviewed     the original's review date, or null when it has none (the validator reports that)
 * @param intervalDays how long a review holds for this article
 * @param due          the last day the review holds, or null; the article is overdue from the day after
 * @param claims       the dated claims of the article in question (an original or a translation), in order
 */
public record Freshness(LocalDate reviewed, int intervalDays, LocalDate due, boolean overdue, List<ClaimState> claims) {

    public Freshness {
        claims = List.copyOf(claims);
    }

    /** A claim with the last day it holds and whether that day has passed. */
    public record ClaimState(Claim claim, LocalDate lastDay, boolean expired) {}

    /** The freshness of {@code article}, whose original is {@code original} (the same article for an original). */
    public static Freshness of(Article article, Article original, FreshnessPolicy policy) {
        FrontMatter m = original.meta();
        int interval = m.reviewIntervalDays() != null ? m.reviewIntervalDays() : policy.reviewIntervalDays();
        LocalDate due = m.reviewed() == null ? null : m.reviewed().plusDays(interval);
        boolean overdue = due != null && policy.today().isAfter(due);
        List<ClaimState> claims = article.outline().claims().stream()
                .map(c -> new ClaimState(c, c.lastDay(interval), c.expired(policy.today(), interval))).toList();
        return new Freshness(m.reviewed(), interval, due, overdue, claims);
    }

    public List<ClaimState> expired() {
        return claims.stream().filter(ClaimState::expired).toList();
    }

    /** Nothing to do: the review holds and no claim has expired. */
    public boolean fresh() {
        return !overdue && expired().isEmpty();
    }
}
