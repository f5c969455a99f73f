package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.KeyLines;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.decisionguide.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules over the whole model, without the file system. */
class ValidatorTest {

    private static Article[] trilingual(String id, String body) {
        return new Article[]{article("en", id, "", body), article("cs", id, "", body), article("pl", id, "", body)};
    }

    @Test
    void completeSiteHasNoProblems() {
        Article[] a = trilingual("a", "See [b](b.md#second).\n");
        Article[] b = trilingual("b", "## First\n\n## Second\n");
        assertEquals(List.of(), Validator.validate(site(true, a[0], a[1], a[2], b[0], b[1], b[2])));
    }

    @Test
    void linkToMissingArticleNamesLineAndSuggestion() {
        Site s = site(false, article("en", "evals-first", "", "x"), article("en", "a", "", "Intro.\n\nSee [evals](evals-frist.md).\n"));
        Problem p = LinkRules.check(s).get(0);
        assertEquals(Path.of("content/en/articles/a.md"), p.file());
        assertEquals(13, p.line());
        assertTrue(p.message().contains("missing article: evals-frist.md"), p.message());
        assertTrue(p.fix().contains("did you mean evals-first.md?"), p.fix());
    }

    @Test
    void linkToMissingHeadingListsTheHeadingsThatExist() {
        Site s = site(false, article("en", "b", "", "## Real heading\n"), article("en", "a", "", "[x](b.md#fake)\n"));
        Problem p = LinkRules.check(s).get(0);
        assertTrue(p.message().contains("#fake"), p.message());
        assertTrue(p.fix().contains("#real-heading"), p.fix());
    }

    @Test
    void ownFragmentAndCrossLanguageLinksResolve() {
        Site s = site(false, article("cs", "b", "", "x"), article("en", "a", "", "## Top\n\n[up](#top) [cs](../../cs/articles/b.md)\n"));
        assertEquals(List.of(), LinkRules.check(s));
        Site broken = site(false, article("en", "a", "", "[up](#nowhere) [de](../../de/articles/b.md)\n"));
        assertEquals(2, LinkRules.check(broken).size());
    }

    @Test
    void refusedSchemeIsAnErrorWithItsLine() {
        Site s = site(false, article("en", "a", "", "ok\n\n[x](javascript:alert(1))\n"));
        Problem p = LinkRules.check(s).get(0);
        assertEquals(13, p.line());
        assertTrue(p.message().contains("refused"));
    }

    @Test
    void linksToArticlesThatFailedToLoadAreNotReportedTwice() {
        Site s = new Site(site(true).config(), List.of(article("en", "a", "", "[b](b.md)")), List.of(), null, java.util.Map.of(), null, java.util.Map.of(), site(true).ui(),
                Set.of(Path.of("content/en/articles/b.md")));
        assertEquals(List.of(), LinkRules.check(s));
    }

    @Test
    void duplicateSlugInOneLanguage() {
        Site s = site(false, article("cs", "a", "slug: stejny\n", "x"), article("cs", "b", "slug: stejny\n", "x"),
                article("pl", "c", "slug: stejny\n", "x"));
        List<Problem> problems = SlugRules.check(s);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("content/cs/articles/b.md"), problems.get(0).file());
        assertEquals(10, problems.get(0).line());
    }

    @Test
    void missingTranslationIsAWarningByDefaultAndAnErrorUnderStrict() {
        Article en = article("en", "a", "", "x");
        List<Problem> lax = TranslationRules.check(site(false, en));
        assertEquals(2, lax.size());
        assertTrue(lax.stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertTrue(lax.stream().anyMatch(p -> p.file().equals(Path.of("content/cs/articles/a.md"))
                && p.fix().contains("translate content/en/articles/a.md")));
        assertTrue(TranslationRules.check(site(true, en)).stream().allMatch(Problem::isError));
    }

    @Test
    void draftsNeedNoTranslation() {
        assertEquals(List.of(), TranslationRules.check(site(true, article("en", "a", "draft: true\n", "x"))));
    }

    /** The build runs every rule; the live preview runs the rules across articles and lints only the edited ones. */
    @Test
    void theStageGathersEveryRulesProblemsAndTheLintOnlyInTheFullRun() {
        Term term = new Term("fine-tuning", Path.of("glossary/fine-tuning.yaml"), List.of(), List.of(), java.util.Map.of(
                "en", new TermText("en", "fine-tuning", null, "D.", List.of()), "cs", new TermText("cs", "dolaďování", null, "D.", List.of()),
                "pl", new TermText("pl", "dostrajanie", null, "D.", List.of())), KeyLines.NONE);
        Site base = site(false, article("en", "a", "", "See [b](b.md).\n"), article("cs", "a", "", "Pak fine-tuning.\n"),
                article("pl", "a", "", "Tekst.\n"));
        Site s = new Site(base.config(), base.articles(), List.of(term), null, java.util.Map.of(), null, java.util.Map.of(), base.ui(), Set.of());
        List<String> across = Validator.acrossArticles(s).stream().map(Problem::message).toList();
        assertEquals(List.of("link to a missing article: b.md (no content/en/articles/b.md)"), across);
        List<String> all = Validator.validate(s).stream().map(Problem::message).toList();
        assertEquals(List.of("link to a missing article: b.md (no content/en/articles/b.md)",
                "uses the en term \"fine-tuning\" where the glossary has the cs term \"dolaďování\""), all);
    }
}
