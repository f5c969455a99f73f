package org.decisionguide.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rendering contributor Markdown: no markup or script gets through, links are rewritten, headings get ASCII ids. */
class MarkdownTest {
    private final Markdown md = new Markdown();

    private String render(String body) {
        return md.render(md.parse(body), LinkRewriter.SAFE_AS_WRITTEN);
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = render("Hello <script>alert(1)</script> and <b onclick=\"x()\">bold</b>\n\n<img src=x onerror=alert(1)>\n");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void dangerousLinksLoseTheirDestination() {
        String html = render("[a](javascript:alert(1)) [b](jav&#x09;ascript:alert(1)) <javascript:alert(2)> "
                + "[c](JAVASCRIPT:x) ![d](data:image/png;base64,AAAA) [e](//evil.example/)\n");
        assertFalse(html.contains("<a"), "no refused link stays a link: " + html);
        assertFalse(html.contains("href="), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("a b javascript:alert(2) c"), "the text stays, as text: " + html);
    }

    @Test
    void allowedLinksAreKeptAndRewritten() {
        String html = md.render(md.parse("[x](other.md#h) [y](https://example.org/?a=1&b=2) [m](mailto:a@example.org)"),
                url -> new LinkRewriter.Destination(url.equals("other.md#h") ? "/cs/articles/jine/#h" : url, url.endsWith("#h") ? "cs" : null));
        assertTrue(html.contains("href=\"/cs/articles/jine/#h\" hreflang=\"cs\""), html);
        assertTrue(html.contains("https://example.org/"), html);
        assertTrue(html.contains("mailto:"), html);
    }

    @Test
    void headingsGetAsciiIdsNumberedWhenRepeated() {
        String html = render("## Proč evaluace?\n\n## Łatwe dostrajanie — żółć\n\n## Proč evaluace?\n");
        assertTrue(html.contains("<h2 id=\"proc-evaluace\">"), html);
        assertTrue(html.contains("<h2 id=\"latwe-dostrajanie-zolc\">"), html);
        assertTrue(html.contains("<h2 id=\"proc-evaluace-1\">"), html);
        assertEquals(3, md.outline(md.parse("## Proč evaluace?\n\n## Łatwe\n\n## Proč evaluace?\n"), 1).headings().size());
    }

    @Test
    void noEventHandlersOrStylesSurvive() {
        String html = render("| a | b |\n|---|:-:|\n| 1 | 2 |\n\n> quote\n\n```\n<script>x</script>\n```\n");
        assertTrue(html.contains("<table>"), html);
        assertFalse(html.matches("(?s).*\\son\\w+=.*"), html);
        assertFalse(html.contains("style="), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    /** The render stage takes the sanitized body as a tree; it must be the tree of the sanitized HTML, no more. */
    @Test
    void theSanitizedTreeIsTheTreeOfTheSanitizedHtml() {
        String[] inputs = {
                "# T\n\n## Proč evaluace?\n\nText with **bold**, `code <b>`, &amp; &lt;tag&gt; and a [link](https://example.org \"t\").",
                "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](jav&#x09;ascript:alert(1))",
                "![chart](data:image/png;base64,AAAA) ![ok](/assets/a.png \"title\")\n\n---\n\n1. one\n2. two\n   - nested\n\n> quote",
                "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```\n<script>x</script>\n```\n\n!!! warning \"Pozor\"\n    Text <i>v</i> bloku.",
                "Line  \nbreak and ~~gone~~ and <mailto:a@example.org> and https://auto.example.org",
        };
        for (String input : inputs) {
            String viaHtml = org.jsoup.Jsoup.parseBodyFragment(render(input)).body().html();
            org.jsoup.nodes.Document tree = md.renderDocument(md.parse(input), LinkRewriter.SAFE_AS_WRITTEN);
            tree.outputSettings().prettyPrint(true);
            assertEquals(viaHtml, tree.body().html(), input);
            assertTrue(tree.select("script, iframe, [src^=data:], [href^=javascript:]").isEmpty(), input);
            assertTrue(tree.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .noneMatch(a -> a.getKey().startsWith("on")), input);
        }
    }
}
