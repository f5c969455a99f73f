package org.decisionguide.scaffold;

import org.decisionguide.Fixtures;
import org.decisionguide.load.ArticleParser;
import org.decisionguide.model.Article;
import org.decisionguide.model.Result;
import org.decisionguide.model.SectionHashes;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fingerprints per section, stale detection and the translation scaffolds, without the file system. */
class TranslationWorkflowTest {
    private static final String BODY = "Intro paragraph.\n\n## First part\n\nOne.\n\n## Second part\n\nTwo.\n";

    private static Article parse(String lang, String text) {
        Result<Article> r = ArticleParser.parse(Path.of("content", lang, "articles", "a.md"), lang, "a", text);
        if (r.value() == null) throw new IllegalStateException(r.problems().toString());
        return r.value();
    }

    @Test
    void fingerprintHasTheTextsAndEachSection() {
        Map<String, String> h = SectionHashes.of(Fixtures.article("en", "a", "", BODY));
        assertEquals(List.of("title", "summary", "verdict", "_intro", "first-part", "second-part"), List.copyOf(h.keySet()));
    }

    @Test
    void changingOneSectionMarksExactlyThatSection() {
        Map<String, String> before = SectionHashes.of(Fixtures.article("en", "a", "", BODY));
        Map<String, String> after = SectionHashes.of(Fixtures.article("en", "a", "", BODY.replace("Two.", "Two, revised.")));
        assertEquals(List.of("second-part"), SectionHashes.changed(before, after));
        Map<String, String> retitled = SectionHashes.of(Fixtures.article("en", "a", "", BODY.replace("## First part", "## First step")));
        assertEquals(List.of("first-step", "first-part"), SectionHashes.changed(before, retitled), "a renamed section is new, the old one gone");
        assertEquals(List.of(), SectionHashes.changed(before, SectionHashes.of(Fixtures.article("en", "a", "", BODY + "\n\n"))),
                "trailing whitespace is no change");
    }

    @Test
    void aScaffoldCountsAsMissingUntilRefreshedThenGoesStaleWhenTheOriginalChanges() {
        Article en = Fixtures.article("en", "a", "", BODY);
        String scaffold = Scaffolds.translation(en, Fixtures.articleText("slug: old\n", BODY));
        assertTrue(scaffold.contains("needs_translation: true"));
        assertFalse(scaffold.contains("slug: old"), "the original's slug is not copied");
        Article cs = parse("cs", scaffold);
        assertTrue(cs.meta().needsTranslation());
        assertEquals(SectionHashes.of(en), cs.meta().translatedFrom());
        assertEquals(Translations.State.MISSING, state(en, cs));

        Article done = parse("cs", Scaffolds.refreshed(en, scaffold.replace("Intro paragraph.", "Úvodní odstavec.")));
        assertFalse(done.meta().needsTranslation());
        assertEquals(Translations.State.OK, state(en, done));

        Article changed = Fixtures.article("en", "a", "", BODY.replace("One.", "One, now longer."));
        Translations.Entry e = entry(changed, done);
        assertEquals(Translations.State.STALE, e.state());
        assertEquals(List.of("first-part"), e.changed());
    }

    private static Translations.Entry entry(Article en, Article cs) {
        Site s = Fixtures.site(true, en, cs);
        return Translations.of(s).stream().filter(x -> x.lang().equals("cs")).findFirst().orElseThrow();
    }

    private static Translations.State state(Article en, Article cs) {
        return entry(en, cs).state();
    }
}
