package org.decisionguide.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * How facts age: how long a review holds by default ({@code review_interval_days} in site.yaml), the day the build
 * counts as today, and whether overdue reviews and expired claims fail the build (a scheduled job's choice; a
 * pull request's build only warns, so time passing never turns it red).
 */
public record FreshnessPolicy(int reviewIntervalDays, LocalDate today, boolean failOnOverdue) {

    public static final int DEFAULT_INTERVAL_DAYS = 180;

    /** The build's today: {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) when set, else the system date in UTC. */
    public static LocalDate today(Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, not \"" + epoch + "\"");
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    public FreshnessPolicy withToday(LocalDate day) {
        return new FreshnessPolicy(reviewIntervalDays, day, failOnOverdue);
    }

    public FreshnessPolicy failingOnOverdue(boolean fail) {
        return new FreshnessPolicy(reviewIntervalDays, today, fail);
    }
}
