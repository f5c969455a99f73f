package org.decisionguide.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The URL allow-list, decided after entity decoding, control-character removal and case folding. */
class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "mailto:team@example.org",
            "evals-first.md", "evals-first.md#a-heading", "../../cs/articles/x.md", "/en/", "#section", "img/chart.png",
            "?q=1"})
    void allows(String url) {
        assertNull(LinkPolicy.refusal(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "jav&#x09;ascript:alert(1)", "javascript&#58;alert(1)",
            "javascript&colon;alert(1)", "&#106;avascript:alert(1)", "&amp;#106;avascript:alert(1)", "\u0000javascript:x",
            "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "ftp://example.org",
            "//evil.example/", "/\\evil.example/", "\\\\evil.example", "java\u00adscript:alert(1)",
            "JAVASCRIPT:ALERT(1)", "DATA:TEXT/HTML,X", "javascript:x", "data:x"})
    void refuses(String url) {
        assertNotNull(LinkPolicy.refusal(url), url);
    }

    @Test
    void anAddressLeavingTheSiteWithoutASchemeSaysSo() {
        String leaves = "an address starting with // leaves the site without saying how";
        assertEquals(leaves, LinkPolicy.refusal("//evil.example/"));
        assertEquals(leaves, LinkPolicy.refusal("/\\evil.example/"), "a backslash is a slash to a browser");
        assertEquals("the scheme \"javascript:\" is not allowed", LinkPolicy.refusal("JaVaScRiPt:alert(1)"));
    }
}
