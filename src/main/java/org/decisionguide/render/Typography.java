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
 * typesetting requires. Code is left alone.
 */
public final class Typography {

    private static final char NBSP = '\u00A0';
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style");
    private final List<String> noBreakAfter;
    private final List<String> noBreakBefore;
    /** Last letters of the listed words, folded: most spaces follow none of them and need no further look. */
    private final String lastLetters;

    /**
     * @param noBreakAfter  short words that must not end a line ("v", "z", "w"), matched whole and ignoring case
     * @param noBreakBefore units that must not start a line after a number ("%", "Kč"); any non-empty list
     *                      also keeps digit groups together ("10 000")
     */
    public Typography(List<String> noBreakAfter, List<String> noBreakBefore) {
        this.noBreakAfter = List.copyOf(noBreakAfter);
        this.noBreakBefore = List.copyOf(noBreakBefore);
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
        if (s == null || noBreakAfter.isEmpty() && noBreakBefore.isEmpty()) return s;
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!space(s.charAt(i))) continue;
            int j = i;
            while (j < n && space(s.charAt(j))) j++;
            if (j < n && " \t\n\u000B\f\r".indexOf(s.charAt(j)) < 0 && (wordBefore(s, i) || numberAround(s, i, j))) {
                if (out == null) out = new StringBuilder(n);
                out.append(s, copied, i).append(NBSP);
                copied = j;
            }
            i = j - 1;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n';
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
        for (String unit : noBreakBefore) {
            int end = after + unit.length();
            if (s.startsWith(unit, after) && (end == n || !letterOrNumber(s.codePointAt(end)))) return true;
        }
        return false;
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
        if (noBreakAfter.isEmpty() && noBreakBefore.isEmpty()) return;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideVerbatim(t)) {
                    String s = t.getWholeText();
                    // "z <a>modelu</a>": the word that follows is in the next node; a stand-in keeps the rule whole.
                    boolean inlineFollows = t.nextSibling() != null;
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
