package org.decisionguide.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to build.
 *
 * @param strict        missing translations fail the build (also switched on by {@code strict: true} in site.yaml)
 * @param baseUrl       overrides site.yaml's base_url (serve uses its own address), or null
 * @param drafts        render articles marked {@code draft: true} (the live preview does, with a banner)
 * @param today         the build's date (the CLI passes SOURCE_DATE_EPOCH's day or the system date), or null for the
 *                      system date
 * @param failOnOverdue overdue reviews and expired claims are errors (for a scheduled job), not warnings
 */
public record BuildOptions(Path root, boolean strict, String baseUrl, boolean drafts, LocalDate today, boolean failOnOverdue) {

    public BuildOptions(Path root, boolean strict, String baseUrl, boolean drafts) {
        this(root, strict, baseUrl, drafts, null, false);
    }

    public BuildOptions(Path root, boolean strict, String baseUrl) {
        this(root, strict, baseUrl, false);
    }

    public BuildOptions on(LocalDate day) {
        return new BuildOptions(root, strict, baseUrl, drafts, day, failOnOverdue);
    }

    public BuildOptions failingOnOverdue(boolean fail) {
        return new BuildOptions(root, strict, baseUrl, drafts, today, fail);
    }
}
