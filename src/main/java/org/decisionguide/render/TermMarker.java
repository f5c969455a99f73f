package org.decisionguide.render;

import org.decisionguide.model.TermText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.Set;
import java.util.regex.Matcher;

/**
 * Marks the first use of a glossary term in an article body as a link to its entry, with {@code <dfn>} (or
 * {@code <abbr title>} for an abbreviation) inside, so it works without JavaScript; the glossary script adds a
 * popover on top. Never inside code, links, headings or an earlier mark.
 */
public final class TermMarker {
    private static final Set<String> SKIP = Set.of("code", "pre", "kbd", "a", "h1", "h2", "h3", "h4", "h5", "h6",
            "dfn", "abbr", "script", "style");

    /** A matcher per term text: compiling its pattern once per build instead of once per article. */
    private static final java.util.Map<TermText, TermMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private TermMarker() {}

    /** @return true when a use was found and marked */
    public static boolean markFirstUse(Element body, String id, TermText text, String href) {
        TermMatcher matcher = MATCHERS.computeIfAbsent(text, TermMatcher::new);
        TextNode[] hit = new TextNode[1];
        Matcher[] match = new Matcher[1];
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && SKIP.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) {
                    Matcher m = matcher.find(t.getWholeText());
                    if (m != null) {
                        hit[0] = t;
                        match[0] = m;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (hit[0] == null) return false;
        TextNode t = hit[0];
        int start = match[0].start(), end = match[0].end();
        String used = match[0].group();
        // jsoup refuses to split at a node's very end, so split only where text remains on that side.
        TextNode rest = start == 0 ? t : t.splitText(start);
        if (end - start < rest.getWholeText().length()) rest.splitText(end - start);
        Element link = new Element("a").addClass("term").attr("href", href).attr("data-term", id);
        boolean isAbbr = text.abbr() != null && used.equalsIgnoreCase(text.abbr());
        Element inner = isAbbr ? new Element("abbr").attr("title", text.term()) : new Element("dfn");
        inner.appendText(used);
        link.appendChild(inner);
        rest.replaceWith(link);
        return true;
    }

}
