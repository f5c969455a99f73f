package org.decisionguide.security;

import org.decisionguide.load.ArticleParser;
import org.decisionguide.load.SafeYaml;
import org.decisionguide.load.YamlError;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.markdown.LinkRewriter;
import org.decisionguide.markdown.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated inputs (seeded, so a failure reproduces): thousands of URLs built from the pieces attackers use, and
 * mutated front matter and YAML. No input escapes the allow-list or crashes a parser.
 */
class FuzzTest {
    private static final String[] PIECES = {"java", "script", "JaVa", "ScRiPt", ":", "&#58;", "&colon;", "&#x3A;", "&#x09;", "&#9;",
            "\t", "\n", " ", "\u0000", "\u00ad", "\u200b", "/", "//", "\\", "%", "%3A", "data", "vbscript", "http", "https", "mailto",
            "&#106;", "&#x6A;", "&amp;", "&", "#", "?", "(", ")", "alert(1)", "evil.example", "x", "<", ">", "\"", "'", "file", "blob"};
    private final Markdown md = new Markdown();

    private static String randomUrl(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    @Test
    void noRenderedDestinationEscapesTheAllowList() {
        Random r = new Random(20261125);
        for (int i = 0; i < 3000; i++) {
            String url = randomUrl(r);
            String source = (i % 3 == 0 ? "![img](" : i % 3 == 1 ? "[link](" : "<") + url + (i % 3 == 2 ? ">" : ")") + " [ref][r]\n\n[r]: " + url + "\n";
            String html;
            try {
                html = md.render(md.parse(source), LinkRewriter.SAFE_AS_WRITTEN);
            } catch (RuntimeException e) {
                fail("input " + source + " threw " + e);
                return;
            }
            for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("on"), html);
                    if (name.equals("href") || name.equals("src")) {
                        String value = a.getValue();
                        assertTrue(LinkPolicy.allowed(value), "escaped the allow-list: " + value + " from " + source);
                        String decoded = Parser.unescapeEntities(Parser.unescapeEntities(value, true), true)
                                .replaceAll("[\\x00-\\x20\\x7f-\\x9f\\u00ad\\u200b-\\u200f]", "").toLowerCase(Locale.ROOT);
                        assertFalse(decoded.startsWith("javascript:") || decoded.startsWith("vbscript:") || decoded.startsWith("data:"),
                                value + " from " + source);
                    }
                }
            }
        }
    }

    @Test
    void mutatedFrontMatterNeverCrashesTheParser() {
        String valid = "---\ntitle: T\ndate: 2026-11-25\nreviewed: 2026-11-25\nsummary: S.\nverdict: V.\nsource:\n  title: X\n  url: https://example.org/\n"
                + "terms: [a, b]\ntags: [x]\norder: 3\n---\n\n## Heading\n\nText [l](other.md#h).\n";
        String noise = "-:#[]{}&*!|>'\"%@`\t\n \\\u0000é–ł?,=0123456789";
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder(valid);
            int edits = 1 + r.nextInt(6);
            for (int k = 0; k < edits && s.length() > 0; k++) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(3)) {
                    case 0 -> s.insert(at, noise.charAt(r.nextInt(noise.length())));
                    case 1 -> s.deleteCharAt(at);
                    default -> s.replace(at, Math.min(s.length(), at + 1 + r.nextInt(5)), "");
                }
            }
            try {
                ArticleParser.parse(Path.of("a.md"), "en", "a", s.toString());
            } catch (RuntimeException e) {
                fail("front matter " + s + "\nthrew " + e);
            }
        }
    }

    @Test
    void randomYamlEitherParsesOrGivesAYamlError() {
        String alphabet = "ab:- \n\t[]{},&*!|>'\"#%@?~0123456789";
        Random r = new Random(11);
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            try {
                SafeYaml.parse(s.toString());
            } catch (YamlError expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail("YAML " + s + "\nthrew " + e);
            }
        }
    }
}
