package org.decisionguide.model;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Where each article stands in each language, as {@code ./guide status} and the translations page show it: which
 * version is the original, which translations are missing or stale, and that drafts are not part of it.
 */
class TranslationsTest {

    /** id → language → state, in the order the status lists them. */
    private static Map<String, Map<String, Translations.State>> states(Article... articles) {
        return Translations.of(Fixtures.site(false, articles)).stream().collect(Collectors.groupingBy(Translations.Entry::id,
                java.util.LinkedHashMap::new, Collectors.toMap(Translations.Entry::lang, Translations.Entry::state,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    private static Translations.State state(Map<String, Map<String, Translations.State>> s, String id, String lang) {
        return s.get(id).get(lang);
    }

    @Test
    void theSourceLanguageVersionIsTheOriginalAndTheOthersAreTranslationsOrMissing() {
        var s = states(article("en", "a", "", "Body"), article("cs", "a", "", "Tělo"));
        assertEquals(Map.of("a", Map.of("en", Translations.State.SOURCE, "cs", Translations.State.OK, "pl", Translations.State.MISSING)), s);
        assertEquals(List.of("en", "cs", "pl"), List.copyOf(s.get("a").keySet()), "in the order of site.yaml");
    }

    @Test
    void aDraftIsNotInTheStatus() {
        var s = states(article("en", "a", "", "Body"), article("en", "wip", "draft: true\n", "Not yet"),
                article("cs", "wip", "", "Překlad konceptu"));
        assertEquals(List.of("a", "wip"), List.copyOf(s.keySet()));
        assertEquals(Translations.State.SOURCE, state(s, "wip", "cs"), "with the English draft left out, the Czech version is the only original");
        assertEquals(Translations.State.MISSING, state(s, "wip", "en"));
        var onlyDraft = states(article("en", "a", "", "Body"), article("en", "wip", "draft: true\n", "Not yet"));
        assertEquals(List.of("a"), List.copyOf(onlyDraft.keySet()), "an article that is only a draft is not listed");
    }

    @Test
    void aDraftTranslationIsStillMissing() {
        var s = states(article("en", "a", "", "Body"), article("cs", "a", "draft: true\n", "Rozpracováno"));
        assertEquals(Translations.State.MISSING, state(s, "a", "cs"));
    }

    @Test
    void aScaffoldStillMarkedNeedsTranslationIsMissing() {
        var entries = Translations.of(Fixtures.site(false, article("en", "a", "", "Body"), article("pl", "a", "needs_translation: true\n", "Body")));
        Translations.Entry pl = entries.stream().filter(e -> e.lang().equals("pl")).findFirst().orElseThrow();
        assertEquals(Translations.State.MISSING, pl.state());
        assertNull(pl.translation());
    }

    @Test
    void theOriginalIsTheVersionInTheDeclaredSourceLanguage() {
        Article cs = article("cs", "a", "source_lang: cs\n", "Původní text");
        Article en = article("en", "a", "source_lang: cs\n", "Translated text");
        List<Translations.Entry> entries = Translations.of(Fixtures.site(false, en, cs));
        Translations.Entry source = entries.stream().filter(e -> e.state() == Translations.State.SOURCE).findFirst().orElseThrow();
        assertEquals("cs", source.lang());
        entries.forEach(e -> assertSame(cs, e.source(), "every entry names the Czech original"));
        assertEquals(Translations.State.OK, entries.stream().filter(e -> e.lang().equals("en")).findFirst().orElseThrow().state());
    }

    @Test
    void theDeclarationMayStandOnTheTranslationOnly() {
        Article cs = article("cs", "a", "", "Původní text");
        Article pl = article("pl", "a", "source_lang: cs\n", "Tłumaczenie");
        var s = states(cs, pl);
        assertEquals(Map.of("en", Translations.State.MISSING, "cs", Translations.State.SOURCE, "pl", Translations.State.OK), s.get("a"));
    }

    @Test
    void withoutADeclarationAnArticleOnlyInAnotherLanguageIsItsOwnOriginal() {
        var s = states(article("pl", "b", "", "Tylko po polsku"));
        assertEquals(Map.of("en", Translations.State.MISSING, "cs", Translations.State.MISSING, "pl", Translations.State.SOURCE), s.get("b"));
    }

    @Test
    void aTranslationOfAnOlderOriginalIsStaleAndNamesTheChangedSections() {
        Article before = article("en", "a", "", "Intro.\n\n## Costs\n\nOld numbers.\n\n## Risks\n\nSame.\n");
        Article after = article("en", "a", "", "Intro.\n\n## Costs\n\nNew numbers.\n\n## Risks\n\nSame.\n");
        StringBuilder recorded = new StringBuilder("translated_from:\n");
        before.sections().forEach((k, v) -> recorded.append("  ").append(k).append(": \"").append(v).append("\"\n"));
        Article cs = article("cs", "a", recorded.toString(), "Úvod.");
        Translations.Entry e = Translations.of(Fixtures.site(false, after, cs)).stream().filter(x -> x.lang().equals("cs")).findFirst().orElseThrow();
        assertEquals(Translations.State.STALE, e.state());
        assertEquals(List.of("costs"), e.changed());
        Translations.Entry fresh = Translations.of(Fixtures.site(false, before, cs)).stream().filter(x -> x.lang().equals("cs")).findFirst().orElseThrow();
        assertEquals(Translations.State.OK, fresh.state());
        assertEquals(List.of(), fresh.changed());
    }

    /** The Czech translation's state after the English original changed from {@code before} to {@code after}. */
    private static Translations.Entry czechAfter(String before, String after) {
        Article original = article("en", "a", "", before);
        StringBuilder recorded = new StringBuilder("translated_from:\n");
        original.sections().forEach((k, v) -> recorded.append("  ").append(k).append(": \"").append(v).append("\"\n"));
        Article cs = article("cs", "a", recorded.toString(), "Úvod.");
        return Translations.of(Fixtures.site(false, article("en", "a", "", after), cs)).stream()
                .filter(x -> x.lang().equals("cs")).findFirst().orElseThrow();
    }

    private static final String ORIGINAL = "Intro line one\nand line two.\n\n## Costs\n\nThe price is high\nfor small teams.\n\n"
            + "```\ncode  keeps   spaces\n```\n\n- one\n- two\n";

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "a paragraph re-wrapped     | The price is high\\nfor small teams. | The price\\nis high for small teams.",
            "runs of spaces             | The price is high                    | The   price is  high",
            "extra blank lines          | \\n\\n## Costs                          | \\n\\n\\n\\n## Costs",
            "trailing spaces on a line  | Intro line one\\n                     | Intro line one \\n",
    })
    void changesThatDoNotChangeTheRenderedTextKeepATranslationCurrent(String what, String from, String to) {
        String after = ORIGINAL.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertNotEquals(ORIGINAL, after, what + " applies to the fixture");
        assertEquals(Translations.State.OK, czechAfter(ORIGINAL, after).state(), what);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "a changed word                   | The price is high   | The price is low                 | costs",
            "a paragraph split in two         | The price is high\\nfor | The price is high\\n\\nfor        | costs",
            "two list items merged            | - one\\n- two        | - one - two                      | costs",
            "spaces inside code               | code  keeps   spaces | code keeps spaces                | costs",
            "the introduction                 | line two             | line 2                           | _intro",
    })
    void changesOfTheRenderedTextMakeItStale(String what, String from, String to, String section) {
        String after = ORIGINAL.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertNotEquals(ORIGINAL, after, what + " applies to the fixture");
        Translations.Entry e = czechAfter(ORIGINAL, after);
        assertEquals(Translations.State.STALE, e.state(), what);
        assertEquals(List.of(section), e.changed(), what);
    }

    @Test
    void aFingerprintRecordedLineByLineBeforeStillMatchesTheUnchangedOriginal() {
        // The hash the earlier, line-exact fingerprint gave the Costs section of ORIGINAL (first 12 hex digits of SHA-256).
        Article original = article("en", "a", "", ORIGINAL);
        String lineExact = sha("## Costs\n\nThe price is high\nfor small teams.\n\n```\ncode  keeps   spaces\n```\n\n- one\n- two");
        assertNotEquals(lineExact, original.sections().get("costs"), "the new fingerprint folds the wrapped paragraph");
        StringBuilder recorded = new StringBuilder("translated_from:\n");
        original.sections().forEach((k, v) -> recorded.append("  ").append(k).append(": \"").append(k.equals("costs") ? lineExact : v).append("\"\n"));
        Article cs = article("cs", "a", recorded.toString(), "Úvod.");
        Translations.Entry e = Translations.of(Fixtures.site(false, original, cs)).stream().filter(x -> x.lang().equals("cs")).findFirst().orElseThrow();
        assertEquals(Translations.State.OK, e.state());
        Article changed = article("en", "a", "", ORIGINAL.replace("high", "low"));
        assertEquals(List.of("costs"), Translations.of(Fixtures.site(false, changed, cs)).stream().filter(x -> x.lang().equals("cs"))
                .findFirst().orElseThrow().changed());
    }

    private static String sha(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
