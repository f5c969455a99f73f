package org.decisionguide.render;

import org.decisionguide.Fixtures;
import org.decisionguide.load.UiStringsParser;
import org.decisionguide.model.UiStrings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Counts and dates through ICU with the real UI strings: the forms a Czech or Polish reader expects. */
class PluralsAndDatesTest {

    private static Messages messages(String lang) throws Exception {
        String text = Files.readString(Fixtures.repoRoot().resolve(UiStringsParser.fileFor(lang)));
        UiStrings ui = UiStringsParser.parse(lang, text).value();
        return new Messages(ui, ui, new Typography(List.of(), List.of()));
    }

    private static List<String> counts(Messages m, String key) {
        return IntStream.of(1, 2, 5, 22, 25).mapToObj(n -> m.format(key, n)).toList();
    }

    @Test
    void czechPlurals() throws Exception {
        Messages cs = messages("cs");
        assertEquals(List.of("1 článek", "2 články", "5 článků", "22 článků", "25 článků"), counts(cs, "article_count"));
        assertEquals(List.of("1 pojem", "2 pojmy", "5 pojmů", "22 pojmů", "25 pojmů"), counts(cs, "glossary_count"));
    }

    @Test
    void polishPlurals() throws Exception {
        Messages pl = messages("pl");
        assertEquals(List.of("1 artykuł", "2 artykuły", "5 artykułów", "22 artykuły", "25 artykułów"), counts(pl, "article_count"));
        assertEquals(List.of("1 pojęcie", "2 pojęcia", "5 pojęć", "22 pojęcia", "25 pojęć"), counts(pl, "glossary_count"));
    }

    @Test
    void englishPlurals() throws Exception {
        assertEquals(List.of("1 article", "2 articles", "5 articles", "22 articles", "25 articles"), counts(messages("en"), "article_count"));
    }

    @Test
    void datesAsEachLanguageWritesThem() {
        LocalDate d = LocalDate.of(2026, 11, 25);
        assertEquals("25. listopadu 2026", new Dates("cs").longDate(d));
        assertEquals("25 listopada 2026", new Dates("pl").longDate(d));
        assertEquals("25 November 2026", Dates.of(new org.decisionguide.model.Language("en", "English", "Guide", "en-GB")).longDate(d),
                "the site's English is British (site.yaml: en-GB)");
        assertEquals("November 25, 2026", new Dates("en-US").longDate(d), "the locale, not the language, decides");
        assertEquals("25. listopadu 2026", Dates.of(new org.decisionguide.model.Language("cs", "Čeština", "Průvodce", null)).longDate(d),
                "a language without a locale is written as its code's default");
        assertEquals("1. března 2026", new Dates("cs").longDate(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void czechAndPolishUiStringsUseTheirOwnQuotationMarks() throws Exception {
        for (String lang : List.of("cs", "pl")) {
            String text = Files.readString(Fixtures.repoRoot().resolve(UiStringsParser.fileFor(lang)));
            UiStrings ui = UiStringsParser.parse(lang, text).value();
            ui.messages().forEach((k, v) -> assertFalse(v.contains("\"") || v.contains("“") && lang.equals("pl"),
                    lang + " message " + k + " uses English quotation marks: " + v));
        }
    }
}
