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

    /** The render stage takes the sanitized body as a tree; it must be the tree of the policy's HTML output, no more. */
    @Test
    void theSanitizedTreeIsTheTreeOfTheSanitizedHtml() {
        String[] inputs = { // HTML as the sanitizer may receive it, hostile parts included
                "<h2 id=\"proc-evaluace\">Proč?</h2><p>Text with <strong>bold</strong>, <code>code &lt;b&gt;</code>, &amp; and a <a href=\"https://example.org\" title=\"t\">link</a>.</p>",
                "<script>alert(1)</script><img src=x onerror=alert(1)><p><a href=\"javascript:alert(1)\">x</a> <a href=\"jav&#x09;ascript:alert(1)\">y</a></p>",
                "<p><img src=\"data:image/png;base64,AAAA\" alt=\"chart\"> <img src=\"/assets/a.png\" alt=\"ok\" title=\"title\"></p><hr><ol start=\"2\"><li>one<ul><li>nested</li></ul></li></ol><blockquote><p>quote</p></blockquote>",
                "<table><thead><tr><th align=\"left\">a</th><th style=\"x\">b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table><pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre><div class=\"adm-block adm-warning\"><div class=\"adm-heading\"><svg onload=x></svg>Pozor</div><div class=\"adm-body\"><p>Text</p></div></div>",
                "<p>Line<br>break and <del>gone</del> and <a href=\"mailto:a@example.org\">mail</a><iframe src=\"/x\"></iframe><p>unclosed <em>tags",
        };
        for (String input : inputs) {
            String viaHtml = org.jsoup.Jsoup.parseBodyFragment(BodySafelist.POLICY.sanitize(input)).body().html();
            org.jsoup.nodes.Document tree = BodySafelist.sanitizeToDocument(input);
            tree.outputSettings().prettyPrint(true);
            assertEquals(viaHtml, tree.body().html(), input);
            assertTrue(tree.select("script, iframe, [src^=data:], [href^=javascript:]").isEmpty(), input);
            assertTrue(tree.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .noneMatch(a -> a.getKey().startsWith("on")), input);
        }
    }
}
