package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.model.KeyLines;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.UiStrings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The missing-translation policy for what the earlier tests leave out: scaffolds, unreadable files, interface strings. */
class TranslationRulesTest {

    @Test
    void aScaffoldStillMarkedNeedsTranslationIsNamedAsSuchWithTheRefreshCommand() {
        Site s = Fixtures.site(false, article("en", "a", "", "Text.\n"), article("cs", "a", "needs_translation: true\n", "Text.\n"),
                article("pl", "a", "", "Tekst.\n"));
        List<Problem> p = TranslationRules.check(s);
        assertEquals(List.of(new Problem(Path.of("content/cs/articles/a.md"), 0, Severity.WARNING,
                "missing translation: article \"a\" has no cs version yet (the file is still marked needs_translation)"
                        + " (readers see the en original with a notice)",
                "finish translating it and run ./guide translate --refresh a cs")), p);
    }

    @Test
    void anAbsentFileIsNamedWithTheCommandThatStartsIt() {
        Site s = Fixtures.site(false, article("en", "a", "", "Text.\n"), article("pl", "a", "needs_translation: true\n", "Tekst.\n"));
        List<Problem> p = TranslationRules.check(s);
        assertEquals(new Problem(Path.of("content/cs/articles/a.md"), 0, Severity.WARNING,
                "missing translation: article \"a\" has no cs version (readers see the en original with a notice)",
                "run ./guide translate a cs and translate content/en/articles/a.md"), p.get(0));
        assertEquals("finish translating it and run ./guide translate --refresh a pl", p.get(1).fix(), "the pl scaffold is not the cs file");
        assertEquals(2, p.size(), p.toString());
    }

    @Test
    void aTranslationThatCouldNotBeReadIsNotReportedAgainAsMissing() {
        Site base = Fixtures.site(false, article("en", "a", "", "Text.\n"), article("pl", "a", "", "Tekst.\n"));
        Site s = new Site(base.config(), base.articles(), List.of(), null, Map.of(), null, Map.of(), base.ui(),
                Set.of(Path.of("content/cs/articles/a.md")));
        assertEquals(List.of(), TranslationRules.check(s), "the loader already said why content/cs/articles/a.md is missing");
    }

    @Test
    void aMessageMissingFromALanguageNamesTheKeyAndWhereTheOriginalIs() {
        KeyLines lines = new KeyLines(0, Map.of("/messages/search", 7));
        Map<String, UiStrings> ui = Map.of(
                "en", new UiStrings("en", Path.of("templates/i18n/en.yaml"), Map.of("k", "v", "search", "Search"), lines, List.of(), List.of()),
                "cs", new UiStrings("cs", Path.of("templates/i18n/cs.yaml"), Map.of("k", "v"), KeyLines.NONE, List.of(), List.of()),
                "pl", new UiStrings("pl", Path.of("templates/i18n/pl.yaml"), Map.of("k", "v", "search", "Szukaj", "extra", "x"), KeyLines.NONE, List.of(), List.of()));
        Site base = Fixtures.site(true);
        Site s = new Site(base.config(), List.of(), List.of(), null, Map.of(), null, Map.of(), ui, Set.of());
        assertEquals(List.of(new Problem(Path.of("templates/i18n/cs.yaml"), 0, Severity.ERROR, "missing translation: message \"search\"",
                "add `search:` under `messages:` (the en text is in templates/i18n/en.yaml:7)")), TranslationRules.check(s));
    }
}
