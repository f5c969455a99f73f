package org.decisionguide.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language's typography rules, from {@code templates/i18n/<lang>.yaml}: a one-letter preposition or
 * conjunction ("v", "z", "i", "w") is bound to the next word by a no-break space, as Czech and Polish
 * typesetting requires. Code is left alone.
 */
public final class Typography {
    private static final char NBSP = '\u00A0';
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style");
    private final Pattern noBreak;
    private final Pattern numberSpace;

    /**
     * @param noBreakAfter  short words that must not end a line ("v", "z", "w")
     * @param noBreakBefore units that must not start a line after a number ("%", "Kč"); any non-empty list
     *                      also keeps digit groups together ("10 000")
     */
    public Typography(List<String> noBreakAfter, List<String> noBreakBefore) {
        this.noBreak = noBreakAfter.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}\\-])(" + alternatives(noBreakAfter) + ")[ \\t\\n]+(?=\\S)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.numberSpace = noBreakBefore.isEmpty() ? null : Pattern.compile(
                "(?<=\\d)[ \\t\\n]+(?=\\d{3}(?!\\d)|(?:" + alternatives(noBreakBefore) + ")(?![\\p{L}\\p{N}]))");
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** Plain text (titles, summaries, verdicts). */
    public String text(String s) {
        if (s == null) return null;
        String r = s;
        if (noBreak != null) r = noBreak.matcher(r).replaceAll("$1" + NBSP);
        if (numberSpace != null) r = numberSpace.matcher(r).replaceAll(String.valueOf(NBSP));
        return r;
    }

    /** The text nodes of an HTML tree, outside code. */
    public void apply(Element root) {
        if (noBreak == null && numberSpace == null) return;
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
