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

    public Typography(List<String> noBreakAfter) {
        this.noBreak = noBreakAfter.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}\\-])(" + String.join("|", noBreakAfter.stream().map(Pattern::quote).toList())
                        + ")[ \\t\\n]+(?=\\S)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Plain text (titles, summaries, verdicts). */
    public String text(String s) {
        if (noBreak == null || s == null) return s;
        return noBreak.matcher(s).replaceAll("$1" + NBSP);
    }

    /** The text nodes of an HTML tree, outside code. */
    public void apply(Element root) {
        if (noBreak == null) return;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideVerbatim(t)) {
                    String s = t.getWholeText();
                    String r = text(s);
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
