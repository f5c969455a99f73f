package org.decisionguide.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the content, told so that a contributor can fix it without reading code.
 *
 * @param file path relative to the site root (as the contributor sees it)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(Path file, int line, Severity severity, String message, String fix) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Problem error(Path file, int line, String message, String fix) {
        return new Problem(file, line, Severity.ERROR, message, fix);
    }

    public static Problem warning(Path file, int line, String message, String fix) {
        return new Problem(file, line, Severity.WARNING, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem promoted to an error (used by strict mode). */
    public Problem asError() {
        return new Problem(file, line, Severity.ERROR, message, fix);
    }

    /** {@code path:line: message — fix}, the one format every command prints. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file.toString();
        String level = severity == Severity.WARNING ? "warning: " : "";
        return where + ": " + level + message + (fix.isEmpty() ? "" : " — " + fix);
    }
}
