package org.decisionguide.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;

/**
 * A language's typography rules, from {@code templates/i18n/<lang>.yaml}: a one-letter preposition or
 * conjunction ("v", "z", "i", "w") is bound to the next word by a no-break space, as Czech and Polish
 * typesetting requires; so are a number and its unit, an abbreviation of several parts ("p. b.", "a kol.") and
 * the word before it, and an ordinal and its noun ("30. den"). Code is left alone.
 */
public final class Typography {

    private static final char NBSP = '\u00A0';
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style");
    private final List<String> noBreakAfter;
    private final List<String> noBreakBefore;
    /** Last letters of the listed words, folded: most spaces follow none of them and need no further look. */
    private final String lastLetters;
    /** Each abbreviation split at its spaces: "p. b." is {"p.", "b."}. */
    private final List<String[]> phrases;
    /** Cheap tests before matching any abbreviation: the first character of a whole one, the characters around
     *  a space inside one, and the last character of a whole one. Most spaces fail all three. */
    private final String phraseFirst;
    /** The abbreviations by their first character, so a word that merely starts like one is checked once. */
    private final java.util.Map<Character, List<String[]>> byFirst;
    private final String innerEnds;
    private final String innerStarts;
    private final String phraseLast;
    private final boolean ordinals;

    /**
     * @param noBreakAfter  short words that must not end a line ("v", "z", "w"), matched whole and ignoring case
     * @param noBreakBefore units that must not start a line after a number ("%", "Kč"); any non-empty list
     *                      also keeps digit groups together ("10 000")
     */
    public Typography(List<String> noBreakAfter, List<String> noBreakBefore) {
        this(noBreakAfter, noBreakBefore, List.of(), false);
    }

    /**
     * @param noBreakPhrases abbreviations matched whole and case-sensitively ("p. b.", "a kol.", "mil."): no line
     *                       break inside one, none between it and the word or number before it, and none between
     *                       it and a unit after it ("2,4 mil. USD")
     * @param ordinals       a number of up to three digits with a dot stays with a lower-case word or a number after
     *                       it ("30. den", "1. 1. 2027"); a sentence ending in a number is followed by a capital
     */
    public Typography(List<String> noBreakAfter, List<String> noBreakBefore, List<String> noBreakPhrases,
                      boolean ordinals) {
        this.noBreakAfter = List.copyOf(noBreakAfter);
        this.noBreakBefore = List.copyOf(noBreakBefore);
        this.ordinals = ordinals;
        this.phrases = noBreakPhrases.stream().map(p -> p.strip().split("[ \t\n\u00A0]+"))
                .filter(parts -> !parts[0].isEmpty()).toList();
        StringBuilder first = new StringBuilder();
        StringBuilder innerEnd = new StringBuilder();
        StringBuilder innerStart = new StringBuilder();
        StringBuilder lastOfPhrase = new StringBuilder();
        for (String[] parts : phrases) {
            first.append(parts[0].charAt(0));
            for (int k = 1; k < parts.length; k++) {
                innerEnd.append(parts[k - 1].charAt(parts[k - 1].length() - 1));
                innerStart.append(parts[k].charAt(0));
            }
            String end = parts[parts.length - 1];
            lastOfPhrase.append(end.charAt(end.length() - 1));
        }
        this.phraseFirst = first.toString();
        this.byFirst = phrases.stream().collect(java.util.stream.Collectors.groupingBy(parts -> parts[0].charAt(0)));
        this.innerEnds = innerEnd.toString();
        this.innerStarts = innerStart.toString();
        this.phraseLast = lastOfPhrase.toString();
        StringBuilder last = new StringBuilder();
        for (String w : noBreakAfter) {
            if (w.isEmpty()) continue;
            char c = w.charAt(w.length() - 1);
            last.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        }
        this.lastLetters = last.toString();
    }

    /**
     * Plain text (titles, summaries, verdicts). One pass over the spaces of the text: a run of spaces becomes one
     * no-break space when a listed word ends right before it, or a digit ends before it and a group of three digits
     * or a unit starts after it. (A regular expression said the same at a third of the speed; this runs on every
     * text node of every page.)
     */
    public String text(String s) {
        if (s == null || noRules()) return s;
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!space(s.charAt(i))) continue;
            int j = i;
            while (j < n && space(s.charAt(j))) j++;
            if (j < n && " \t\n\u000B\f\r".indexOf(s.charAt(j)) < 0 && (wordBefore(s, i) || numberAround(s, i, j)
                    || ordinal(s, i, j) || phraseAround(s, i, j))) {
                if (out == null) out = new StringBuilder(n);
                out.append(s, copied, i).append(NBSP);
                copied = j;
            }
            i = j - 1;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private boolean noRules() {
        return noBreakAfter.isEmpty() && noBreakBefore.isEmpty() && phrases.isEmpty() && !ordinals;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** "30. den": one to three digits standing alone, a dot, then the spaces, then a lower-case letter or a digit. */
    private boolean ordinal(String s, int start, int after) {
        if (!ordinals || start < 2 || s.charAt(start - 1) != '.') return false;
        int d = start - 1;
        while (d > 0 && digit(s.charAt(d - 1))) d--;
        int digits = start - 1 - d;
        if (digits < 1 || digits > 3) return false;
        if (d > 0) {
            int before = s.codePointBefore(d);
            if (wordChar(before) || before == '.' || before == ',') return false;
        }
        int next = s.codePointAt(after);
        return Character.isLowerCase(next) || digit(s.charAt(after));
    }

    /**
     * The spaces from {@code start} to {@code after} lie before an abbreviation (after a word or number), inside
     * one, or between one and a unit.
     */
    private boolean phraseAround(String s, int start, int after) {
        if (phrases.isEmpty() || start == 0) return false;
        char prev = s.charAt(start - 1);
        char next = s.charAt(after);
        boolean before = phraseFirst.indexOf(next) >= 0 && letterOrNumber(s.codePointBefore(start));
        boolean inside = innerEnds.indexOf(prev) >= 0 && innerStarts.indexOf(next) >= 0;
        boolean unitAfter = phraseLast.indexOf(prev) >= 0 && unitAt(s, after);
        if (!before && !inside && !unitAfter) return false;
        if (before) {
            for (String[] parts : byFirst.get(next)) {
                if (matchForward(s, after, parts, 0)) return true;
            }
        }
        if (!inside && !unitAfter) return false;
        for (String[] parts : phrases) {
            for (int k = 1; inside && k < parts.length; k++) {
                if (matchBackward(s, start, parts, k) && matchForward(s, after, parts, k)) return true;
            }
            if (unitAfter && matchBackward(s, start, parts, parts.length)) return true;
        }
        return false;
    }

    /** Parts {@code from}.. of an abbreviation start at {@code pos}, separated by spaces, and end a word. */
    private static boolean matchForward(String s, int pos, String[] parts, int from) {
        int n = s.length();
        for (int k = from; k < parts.length; k++) {
            if (!s.startsWith(parts[k], pos)) return false;
            pos += parts[k].length();
            if (k < parts.length - 1) {
                int spaces = pos;
                while (pos < n && phraseSpace(s.charAt(pos))) pos++;
                if (pos == spaces) return false;
            }
        }
        return pos == n || !letterOrNumber(s.codePointAt(pos));
    }

    /** The first {@code count} parts of an abbreviation end at {@code end}, separated by spaces, and start a word. */
    private static boolean matchBackward(String s, int end, String[] parts, int count) {
        int pos = end;
        for (int k = count - 1; k >= 0; k--) {
            int from = pos - parts[k].length();
            if (from < 0 || !s.startsWith(parts[k], from)) return false;
            pos = from;
            if (k > 0) {
                int spaces = pos;
                while (pos > 0 && phraseSpace(s.charAt(pos - 1))) pos--;
                if (pos == spaces) return false;
            }
        }
        return pos == 0 || !wordChar(s.codePointBefore(pos));
    }

    private static boolean phraseSpace(char c) {
        return space(c) || c == NBSP;
    }

    private boolean unitAt(String s, int after) {
        for (String unit : noBreakBefore) {
            int end = after + unit.length();
            if (s.startsWith(unit, after) && (end == s.length() || !letterOrNumber(s.codePointAt(end)))) return true;
        }
        return false;
    }

    /** A listed word ends at {@code end}, and no letter, digit or hyphen precedes it. */
    private boolean wordBefore(String s, int end) {
        if (end == 0 || lastLetters.indexOf(s.charAt(end - 1)) < 0) return false;
        for (String w : noBreakAfter) {
            int from = end - w.length();
            if (from >= 0 && s.regionMatches(true, from, w, 0, w.length()) && (from == 0 || !wordChar(s.codePointBefore(from)))) {
                return true;
            }
        }
        return false;
    }

    /** A digit before the spaces, and after them three digits (a thousands group) or a unit, each standing alone. */
    private boolean numberAround(String s, int start, int after) {
        if (noBreakBefore.isEmpty() || start == 0 || !digit(s.charAt(start - 1))) return false;
        int n = s.length();
        if (after + 3 <= n && digit(s.charAt(after)) && digit(s.charAt(after + 1)) && digit(s.charAt(after + 2))
                && (after + 3 == n || !digit(s.charAt(after + 3)))) {
            return true;
        }
        return unitAt(s, after);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean wordChar(int cp) {
        return cp == '-' || letterOrNumber(cp);
    }

    private static boolean letterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The text nodes of an HTML tree, outside code. */
    public void apply(Element root) {
        if (noRules()) return;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideVerbatim(t)) {
                    String s = t.getWholeText();
                    // "z <a>modelu</a>": the word that follows is in the next node; a stand-in keeps the rule whole.
                    // Only trailing spaces need it: a stand-in glued to "in." or "%" would hide them.
                    boolean inlineFollows = t.nextSibling() != null && !s.isEmpty() && space(s.charAt(s.length() - 1));
                    String r = inlineFollows ? text(s + "x") : text(s);
                    if (inlineFollows) r = r.substring(0, r.length() - 1);
                    if (!r.equals(s)) t.text(r);
                }
            }
        }, root);
    }

    private static boolean insideVerbatim(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && VERBATIM.contains(e.normalName())) return true;
        }
        return false;
    }
}
