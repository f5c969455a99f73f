package org.decisionguide.status;

import org.decisionguide.model.Freshness;
import org.decisionguide.model.Translations;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link StatusReport} as text: aligned columns for a terminal, or Markdown tables for a CI job summary. */
public final class StatusFormat {

    private StatusFormat() {}

    private static String state(Translations.State s) {
        return s == null ? "-" : s == Translations.State.SOURCE ? "original" : s.name().toLowerCase(Locale.ROOT);
    }

    /** "ok (due 2027-05-24)", "due in 12 days", "overdue since 2027-05-25", or "no review date". */
    static String review(StatusReport report, Freshness f) {
        if (f.reviewed() == null) return "no review date";
        if (f.overdue()) return "overdue since " + f.due().plusDays(1);
        long left = ChronoUnit.DAYS.between(report.today(), f.due());
        return left <= 30 ? "due in " + left + (left == 1 ? " day" : " days") : "ok";
    }

    public static String text(StatusReport r) {
        List<String> out = new ArrayList<>();
        int width = Math.max(7, r.rows().stream().mapToInt(row -> row.id().length() + (row.changed() ? 2 : 0)).max().orElse(7));
        StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "article"));
        r.languages().forEach(l -> header.append("  ").append(String.format("%-8s", l)));
        header.append("  ").append(String.format("%-10s  %-10s  %s", "reviewed", "due", "facts"));
        out.add(header.toString());
        List<String> details = new ArrayList<>();
        for (StatusReport.Row row : r.rows()) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", (row.changed() ? "* " : "") + row.id()));
            for (String l : r.languages()) line.append("  ").append(String.format("%-8s", state(row.states().get(l))));
            Freshness f = row.freshness();
            line.append("  ").append(String.format("%-10s  %-10s  %s", f.reviewed() == null ? "-" : f.reviewed(),
                    f.due() == null ? "-" : f.due(), review(r, f) + (row.expired().isEmpty() ? "" : ", " + expired(row))));
            out.add(line.toString().stripTrailing());
            row.details().forEach((l, changed) -> details.add(row.id() + " (" + l + "): the original changed in " + String.join(", ", changed)));
            row.expired().forEach(at -> details.add(row.id() + ": dated claim expired at " + at));
        }
        out.addAll(details);
        if (r.rows().stream().anyMatch(StatusReport.Row::changed)) out.add("* changed by this change");
        out.add(String.format("%d up to date, %d stale, %d missing; %d overdue for a fact check, %d expired claims (today %s)",
                r.count(Translations.State.OK), r.count(Translations.State.STALE), r.count(Translations.State.MISSING),
                r.overdue(), r.expiredClaims(), r.today()));
        return String.join("\n", out) + "\n";
    }

    private static String expired(StatusReport.Row row) {
        return row.expired().size() + (row.expired().size() == 1 ? " expired claim" : " expired claims");
    }

    /** Two Markdown tables (translations, facts) with a one-line summary, for {@code $GITHUB_STEP_SUMMARY}. */
    public static String markdown(StatusReport r) {
        StringBuilder b = new StringBuilder("## Guide status\n\n");
        b.append(String.format("%d up to date, %d stale, %d missing translations; %d articles overdue for a fact check, %d expired dated claims (today: %s).%n%n",
                r.count(Translations.State.OK), r.count(Translations.State.STALE), r.count(Translations.State.MISSING),
                r.overdue(), r.expiredClaims(), r.today()));
        if (r.rows().stream().anyMatch(StatusReport.Row::changed)) b.append("Articles this change touches come first, in **bold**.\n\n");
        b.append("### Translations\n\n| article |");
        r.languages().forEach(l -> b.append(' ').append(l).append(" |"));
        b.append("\n|---|");
        r.languages().forEach(l -> b.append("---|"));
        b.append('\n');
        for (StatusReport.Row row : r.rows()) {
            b.append("| ").append(name(row)).append(" |");
            for (String l : r.languages()) {
                Translations.State s = row.states().get(l);
                b.append(' ').append(s == Translations.State.STALE ? "stale: " + cell(String.join(", ", row.details().get(l)))
                        : s == Translations.State.MISSING ? "**missing**" : state(s)).append(" |");
            }
            b.append('\n');
        }
        b.append("\n### Facts\n\n| article | reviewed | review holds until | state | expired claims |\n|---|---|---|---|---|\n");
        for (StatusReport.Row row : r.rows()) {
            Freshness f = row.freshness();
            String state = review(r, f);
            b.append("| ").append(name(row)).append(" | ").append(f.reviewed() == null ? "—" : f.reviewed())
                    .append(" | ").append(f.due() == null ? "—" : f.due())
                    .append(" | ").append(f.overdue() || f.reviewed() == null ? "**" + state + "**" : state)
                    .append(" | ").append(row.expired().isEmpty() ? "—" : cell(String.join(", ", row.expired()))).append(" |\n");
        }
        return b.toString();
    }

    private static String name(StatusReport.Row row) {
        String id = "`" + row.id() + "`";
        return row.changed() ? "**" + id + "**" : id;
    }

    /** Table-cell text: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
