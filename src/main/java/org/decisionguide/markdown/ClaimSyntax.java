package org.decisionguide.markdown;

import org.decisionguide.model.ClaimDuration;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated-claim syntax, {@code [text]{as-of=2026-12-02 valid=90d}}, found in a run of sibling inline nodes. Pure
 * and shared by the outline (load: lines, dates) and the renderer (pages: the label), so both see the same claims.
 * A segment is the text of one text node, or null for any other node (emphasis, a link, code): brackets inside
 * those belong to them.
 */
public final class ClaimSyntax {

    /** The closing part: {@code ]{key=value …}}; any key=value form counts, so a misspelt key is reported, not shown. */
    private static final Pattern CLOSE = Pattern.compile("\\]\\{([a-z_-]+=[^{}\\n]*)\\}");
    private static final Pattern ATTR = Pattern.compile("([a-z_-]+)=(\\S*)");
    public static final String FIX = "write [the claim]{as-of=YYYY-MM-DD}, optionally followed by valid=90d (or 6m, 1y) or until=YYYY-MM-DD";

    private ClaimSyntax() {}

    /**
     * A claim found in the segments: its opening bracket ({@code openSeg}, {@code openAt}), its closing bracket
     * ({@code closeSeg}, {@code closeAt}) and the end of the attribute block ({@code end}, exclusive, in closeSeg).
     * {@code openSeg} is -1 when no opening bracket was found.
     */
    public record Match(int openSeg, int openAt, int closeSeg, int closeAt, int end, String attrs) {
        public boolean opened() {
            return openSeg >= 0;
        }
    }

    /** The parsed attributes, or an error saying what is wrong. */
    public record Dating(LocalDate asOf, Period valid, LocalDate until, String error) {}

    public static List<Match> find(List<String> segments) {
        List<Match> out = new ArrayList<>();
        int floorSeg = 0, floorAt = 0; // an opening bracket is searched for after the previous claim only
        for (int s = 0; s < segments.size(); s++) {
            String text = segments.get(s);
            if (text == null) continue;
            Matcher m = CLOSE.matcher(text);
            while (m.find()) {
                if (escaped(text, m.start())) continue;
                int[] open = open(segments, s, m.start(), floorSeg, floorAt);
                out.add(new Match(open[0], open[1], s, m.start(), m.end(), m.group(1).strip()));
                floorSeg = s;
                floorAt = m.end();
            }
        }
        return out;
    }

    /** The unmatched {@code [} before the closing bracket at ({@code seg}, {@code at}), or {-1, -1}. */
    private static int[] open(List<String> segments, int seg, int at, int floorSeg, int floorAt) {
        int depth = 0;
        for (int s = seg; s >= floorSeg; s--) {
            String text = segments.get(s);
            if (text == null) continue;
            int from = s == seg ? at - 1 : text.length() - 1;
            int to = s == floorSeg ? floorAt : 0;
            for (int i = from; i >= to; i--) {
                char c = text.charAt(i);
                if (escaped(text, i)) continue;
                if (c == ']') depth++;
                else if (c == '[' && depth-- == 0) return new int[] {s, i};
            }
        }
        return new int[] {-1, -1};
    }

    private static boolean escaped(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '\\';
    }

    public static Dating dating(String attrs) {
        LocalDate asOf = null, until = null;
        Period valid = null;
        Matcher m = ATTR.matcher(attrs);
        int covered = 0;
        while (m.find()) {
            if (!attrs.substring(covered, m.start()).isBlank()) return error("cannot read \"" + attrs + "\"");
            covered = m.end();
            String key = m.group(1), value = m.group(2);
            switch (key) {
                case "as-of" -> {
                    if (asOf != null) return error("as-of is given twice");
                    asOf = date(value);
                    if (asOf == null) return error("as-of \"" + value + "\" is not a date (YYYY-MM-DD)");
                }
                case "valid" -> {
                    if (valid != null) return error("valid is given twice");
                    valid = ClaimDuration.parse(value);
                    if (valid == null) return error("valid \"" + value + "\" is not a duration such as 30d, 6m or 1y");
                }
                case "until" -> {
                    if (until != null) return error("until is given twice");
                    until = date(value);
                    if (until == null) return error("until \"" + value + "\" is not a date (YYYY-MM-DD)");
                }
                default -> {
                    return error("unknown claim attribute \"" + key + "\" (known: as-of, valid, until)");
                }
            }
        }
        if (!attrs.substring(covered).isBlank()) return error("cannot read \"" + attrs + "\"");
        if (asOf == null) return error("a dated claim needs as-of=YYYY-MM-DD");
        if (valid != null && until != null) return error("give either valid= or until=, not both");
        if (until != null && until.isBefore(asOf)) return error("until " + until + " is before as-of " + asOf);
        return new Dating(asOf, valid, until, null);
    }

    private static Dating error(String message) {
        return new Dating(null, null, null, message);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
