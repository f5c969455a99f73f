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

    private final Typography csFull = new Typography(List.of("a", "i", "k", "o", "s", "u", "v", "z"),
            List.of("%", "Kč", "USD"), List.of("p. b.", "a kol.", "mil."), true);

    @Test
    void keepsAbbreviationsOfSeveralPartsWholeAndWithTheirNumberOrName() {
        assertEquals("o\u00a05,5\u00a0p.\u00a0b. lépe", csFull.text("o 5,5 p. b. lépe"));
        assertEquals("±5,5\u00a0p.\u00a0b.", csFull.text("±5,5 p.\nb."), "a line wrapped in the source inside the abbreviation");
        assertEquals("Liu\u00a0a\u00a0kol. umisťovali", csFull.text("Liu a\nkol. umisťovali"));
        assertEquals("2,4\u00a0mil.\u00a0USD měsíčně", csFull.text("2,4 mil. USD měsíčně"), "a unit after the abbreviation stays too");
        assertEquals("typ. b. P. B.", csFull.text("typ. b. P. B."), "only whole, case-sensitive abbreviations");
        assertEquals("4 mil.x", csFull.text("4 mil.x"), "no match inside a longer word");
        assertEquals("— p.\u00a0b.", csFull.text("— p. b."), "after a dash only the inside is bound");
    }

    @Test
    void rulesHoldAtTheEdgeOfALinkOrEmphasis() {
        Document d = Jsoup.parseBodyFragment("<p><a href=\"#\">Liu a\nkol.<span>↗</span></a> a <em>model</em>,"
                + " 58 %<sup>1</sup> a 2,4 mil.<em>x</em></p>");
        csFull.apply(d.body());
        String html = d.body().html();
        assertTrue(html.contains("Liu&nbsp;a&nbsp;kol.<span>"), html);
        assertTrue(html.contains("a&nbsp;<em>model</em>"), "the word after is in the next element: " + html);
        assertTrue(html.contains("58&nbsp;%<sup>"), html);
        assertTrue(html.contains("2,4&nbsp;mil.<em>"), html);
    }

    @Test
    void keepsAnOrdinalWithWhatFollows() {
        assertEquals("kdo 30.\u00a0den rozhodne", csFull.text("kdo 30. den rozhodne"));
        assertEquals("od 1.\u00a01.\u00a02027", csFull.text("od 1. 1.\n2027"));
        assertEquals("v\u00a0roce 2026. Další", csFull.text("v roce 2026. Další"), "a sentence ends: a capital follows");
        assertEquals("rok 2026. den", csFull.text("rok 2026. den"), "four digits are a year, not an ordinal");
        assertEquals("verze 2.5. den", csFull.text("verze 2.5. den"), "a decimal part is not an ordinal");
        assertEquals("30. den", cs.text("30. den"), "off unless the language asks for it");
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
    void ordinalsAgreeWithTheirRuleOnRandomText() {
        List<String> after = List.of("a", "v", "z");
        List<String> before = List.of("%", "Kč");
        Typography t = new Typography(after, before, List.of(), true);
        java.util.regex.Pattern ordinal = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}\\-.,])(\\d{1,3}\\.)[ \\t\\n]+(?=[\\p{javaLowerCase}0-9])");
        String[] pieces = {"30", "1", "2026", "7", ".", ",", "den", "Den", "ó", "Ł", "a", "v", "%", "-", "x1", "²",
                " ", "  ", "\n", "\t", "\u00a0", "\r"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            String expected = ordinal.matcher(byRule(s, after, before)).replaceAll("$1\u00a0");
            assertEquals(expected, t.text(s), () -> "for \"" + s + "\"");
        }
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
