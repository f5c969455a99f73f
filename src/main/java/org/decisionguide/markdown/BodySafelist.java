package org.decisionguide.markdown;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The elements and attributes an article body may contain after Markdown rendering: plain data, like
 * jsoup's {@code Safelist}. A second line of defence: whatever the Markdown layer lets through, no script,
 * no event handler, no style and no URL outside {@link LinkPolicy} reaches a page.
 */
public final class BodySafelist {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ALIGN = Pattern.compile("left|right|center");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            // An image whose source was refused is dropped whole rather than left as an empty frame.
            .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "img")
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "code", "pre", "em",
                    "strong", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "del")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(BodySafelist::allowedUrl).onElements("a")
            .allowAttributes("src").matching(BodySafelist::allowedUrl).onElements("img")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("hreflang").matching(Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")).onElements("a")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("id").matching(ID).onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            // Callouts from the admonition extension (note, tip, warning…); their SVG icons are dropped.
            .allowElements("div", "span")
            .allowAttributes("class").matching(Pattern.compile("adm-[a-z]+(?: adm-[a-z]+)*")).onElements("div")
            .toFactory();

    private BodySafelist() {}

    private static String allowedUrl(String element, String attribute, String value) {
        return !value.isBlank() && LinkPolicy.allowed(value) ? value : null;
    }

    /**
     * The policy's output built straight into a jsoup document instead of written out as HTML and parsed again
     * (the render stage works on the tree). The sanitizer hands over decoded text and
     * attribute values; jsoup escapes them again when the page is written.
     */
    public static org.jsoup.nodes.Document sanitizeToDocument(String html) {
        org.jsoup.nodes.Document out = org.jsoup.nodes.Document.createShell("");
        out.outputSettings().prettyPrint(false);
        org.owasp.html.HtmlSanitizer.sanitize(html, POLICY.apply(new TreeBuilder(out.body())));
        return out;
    }

    /** Receives the sanitizer's balanced stream of tags and text and appends it under a jsoup element. */
    private static final class TreeBuilder implements org.owasp.html.HtmlStreamEventReceiver {
        private static final java.util.Set<String> VOID = java.util.Set.of("img", "br", "hr");
        private final java.util.Deque<org.jsoup.nodes.Element> open = new java.util.ArrayDeque<>();

        TreeBuilder(org.jsoup.nodes.Element root) {
            open.push(root);
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String name, java.util.List<String> attrs) {
            org.jsoup.nodes.Element e = new org.jsoup.nodes.Element(name);
            for (int i = 0; i + 1 < attrs.size(); i += 2) e.attr(attrs.get(i), attrs.get(i + 1));
            open.peek().appendChild(e);
            if (!VOID.contains(name)) open.push(e);
        }

        @Override
        public void closeTag(String name) {
            while (open.size() > 1) {
                if (open.pop().normalName().equals(name)) break;
            }
        }

        @Override
        public void text(String text) {
            open.peek().appendChild(new org.jsoup.nodes.TextNode(text));
        }
    }
}
