package org.decisionguide.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Language rules as data: one-letter words and numbers do not end a line; code is untouched. */
class TypographyTest {
    private final Typography cs = new Typography(List.of("a", "i", "k", "o", "s", "u", "v", "z"), List.of("%", "Kč"));

    @Test
    void bindsOneLetterWordsToTheNextWord() {
        assertEquals("V\u00a0modelu a\u00a0v\u00a0datech", cs.text("V modelu a v datech"));
        assertEquals("Kdo v\u00a0\u201etom\u201c", cs.text("Kdo v\n\u201etom\u201c"));
        assertEquals("model-v a", cs.text("model-v a"), "only whole words, and nothing at the end");
    }

    @Test
    void keepsNumbersTogether() {
        assertEquals("10\u00a0000 příkladů a\u00a058\u00a0%", cs.text("10 000 příkladů a 58 %"));
        assertEquals("3\u00a0Kč", cs.text("3 Kč"));
        assertEquals("2026 se", cs.text("2026 se"));
    }

    @Test
    void leavesCodeAlone() {
        Document d = Jsoup.parseBodyFragment("<p>v textu <code>v kodu</code></p><pre>a b</pre>");
        cs.apply(d.body());
        assertTrue(d.body().html().contains("v&nbsp;textu"), d.body().html());
        assertTrue(d.body().html().contains("<code>v kodu</code>"), d.body().html());
        assertTrue(d.body().html().contains("<pre>a b</pre>"), d.body().html());
    }

    @Test
    void englishHasNoRules() {
        assertEquals("a b 10 000", new Typography(List.of(), List.of()).text("a b 10 000"));
    }

    /** The rules as a regular expression: the definition the one-pass scanner must agree with. */
    private static String byRule(String s, List<String> after, List<String> before) {
        java.util.function.Function<List<String>, String> alt = w -> String.join("|", w.stream().map(java.util.regex.Pattern::quote).toList());
        String r = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}\\-])(" + alt.apply(after) + ")[ \\t\\n]+(?=\\S)",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(s).replaceAll("$1\u00a0");
        return java.util.regex.Pattern.compile("(?<=\\d)[ \\t\\n]+(?=\\d{3}(?!\\d)|(?:" + alt.apply(before) + ")(?![\\p{L}\\p{N}]))")
                .matcher(r).replaceAll("\u00a0");
    }

    @Test
    void agreesWithTheRulesOnRandomText() {
        List<String> after = List.of("a", "i", "k", "o", "s", "u", "v", "z", "w");
        List<String> before = List.of("%", "Kč", "min", "s", "h");
        Typography t = new Typography(after, before);
        String[] pieces = {"v", "V", "z", "a", "s", "w", "Kč", "%", "min", "h", "10", "000", "1000", "0", "ó", "Ł", "-", "model",
                "\u201e", "\u201c", ".", ",", "x1", "²", " ", " ", "  ", "\n", "\t", "\u00a0", "\r"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            assertEquals(byRule(s, after, before), t.text(s), () -> "for \"" + s + "\"");
        }
    }
}
