package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content rules CONTRIBUTING states, as the build reports them: file, line, problem and fix, once each. */
class ContentRulesTest {
    private static final String TRANSLATED = "source_lang: en\n";

    private static List<Problem> check(Article... articles) {
        return ContentRules.check(Fixtures.site(false, articles));
    }

    private static String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append("word").append(i).append(i % 10 == 0 ? "\n" : " ");
        return b.toString();
    }

    /** The file line on which {@code needle} first appears in a fixture article's text. */
    private static int lineOf(String extra, String body, String needle) {
        List<String> lines = Fixtures.articleText(extra, body).lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    @Test
    void anOriginalOfAtMostTheLimitPassesAndOneWordMoreIsAnErrorAtTheLineOfThatWord() {
        assertEquals(List.of(), check(Fixtures.article("en", "a", "", words(ContentRules.MAX_WORDS))));
        String body = "\n" + words(ContentRules.MAX_WORDS + 25);
        List<Problem> problems = check(Fixtures.article("en", "a", "", body));
        assertEquals(List.of(Problem.error(Path.of("content/en/articles/a.md"), lineOf("", body, "word1401 "),
                "the article has 1425 words, more than the guide's 1400 (this line has word 1401)",
                "cut it to 1400 words or fewer, or split it into two articles that link each other")), problems);
    }

    @Test
    void aTranslationIsNotHeldToTheLimitItsOriginalMeets() {
        Article en = Fixtures.article("en", "a", "", words(1390));
        Article cs = Fixtures.article("cs", "a", TRANSLATED, words(1390).replace("word", "slovo ") + " navíc");
        assertTrue(check(en, cs).stream().noneMatch(p -> p.message().contains("words")), check(en, cs).toString());
    }

    @Test
    void anUpdateBeforeThePublicationIsAnErrorAtTheUpdatedLine() {
        String extra = "updated: 2026-11-01\n";
        assertEquals(List.of(Problem.error(Path.of("content/en/articles/a.md"), lineOf(extra, "", "updated:"),
                        "`updated: 2026-11-01` is before `date: 2026-11-25`",
                        "write the day of the last substantive change (on or after 2026-11-25), or remove `updated:`")),
                check(Fixtures.article("en", "a", extra, "Text.\n")));
        assertEquals(List.of(), check(Fixtures.article("en", "a", "updated: 2026-11-30\n", "Text.\n")));
    }

    @Test
    void aDateAfterTodayOnlyWarnsBecauseTimePassingMakesItRight() {
        String extra = "updated: 2026-12-03\n"; // the fixtures' today is 2026-12-02
        List<Problem> problems = check(Fixtures.article("en", "a", extra, "Text.\n"));
        assertEquals(List.of(Problem.warning(Path.of("content/en/articles/a.md"), lineOf(extra, "", "updated:"),
                "`updated: 2026-12-03` is after today (2026-12-02)", "write the day of the last substantive change, 2026-12-02 or earlier")),
                problems);
    }

    @Test
    void anUpToDateTranslationKeepsTheOriginalsTermsSourceOrderAndHeadings() {
        Article en = Fixtures.article("en", "a", "terms: [eval-set]\norder: 2\n", "## One\n\n## Two\n");
        Article same = Fixtures.article("cs", "a", TRANSLATED + "terms: [eval-set]\norder: 2\n", "## Jedna\n\n## Dvě\n");
        assertEquals(List.of(), check(en, same));
        String extra = TRANSLATED + "terms: [rag]\norder: 3\n";
        Article other = Fixtures.article("cs", "a", extra, "## Jedna\n");
        List<String> got = check(en, other).stream().map(Problem::format).toList();
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("content/cs/articles/a.md:" + lineOf(extra, "", "terms:") + ": warning: `terms: [rag]` differ"), got.get(0));
        assertTrue(got.get(1).startsWith("content/cs/articles/a.md:" + lineOf(extra, "", "order:") + ": warning: `order: 3` differs from the original's `order: 2`"),
                got.get(1));
        assertTrue(got.get(2).contains("warning: the translation has 1 headings, the original 2") && got.get(2).contains("— translate every section"),
                got.get(2));
    }

    @Test
    void twoEnglishSentencesInARowInACzechArticleWarnAtTheirLineOnce() {
        String body = "Tohle je česká věta o evaluacích a modelech.\n\nPrvní česká věta je tady. This is the part that was left for later and not done.\n"
                + "It is still in English and it is not what the reader can use. Zase česky.\n\nAnd this is one more English sentence that is here. And one more.\n";
        Article cs = Fixtures.article("cs", "a", "", body);
        List<Problem> problems = check(cs);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(lineOf("", body, "It is still"), problems.get(0).line());
        assertTrue(problems.get(0).format().contains("two sentences in a row read as English in a cs article, ending at \"It is still in English"),
                problems.get(0).format());
        assertEquals(List.of(), check(Fixtures.article("cs", "a", "", "Věta jedna. This one is in English and it is fine.\n\n```\nthe code is not text that is read\nthe and of to is\n```\n")));
        assertFalse(ContentRules.looksEnglish("Většině týmů pomůže kontext a nástroje víc než dolaďování modelu."));
        assertFalse(ContentRules.looksEnglish("Większości zespołów bardziej pomoże kontekst i narzędzia niż dostrajanie modelu."));
        assertTrue(ContentRules.looksEnglish("Most teams will get more from the context and the tools than from tuning."));
    }
}
