package org.decisionguide.validate;

import org.decisionguide.Fixtures;
import org.decisionguide.load.GlossaryParser;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glossary entries and their references, without the file system. */
class GlossaryRulesTest {
    private static final List<String> LANGS = List.of("en", "cs", "pl");

    private static String entry(String id, String extra, String... langs) {
        StringBuilder b = new StringBuilder("id: " + id + "\n" + extra);
        for (String l : langs) b.append(l).append(":\n  term: ").append(id).append('-').append(l).append("\n  definition: D.\n");
        return b.toString();
    }

    private static Term term(String id, String extra, String... langs) {
        Result<Term> r = GlossaryParser.parse(id, entry(id, extra, langs), LANGS);
        if (r.value() == null) throw new IllegalStateException(r.problems().toString());
        return r.value();
    }

    private static Site site(boolean strict, List<Term> terms, Article... articles) {
        Site s = Fixtures.site(strict, articles);
        return new Site(s.config(), s.articles(), terms, null, java.util.Map.of(), null, java.util.Map.of(), s.ui(), Set.of());
    }

    @Test
    void parserReportsUnknownKeysAndIdMismatchWithLines() {
        Result<Term> r = GlossaryParser.parse("rag", "id: ragg\nen:\n  term: RAG\n  definition: D.\n  plural: RAGs\nde:\n  term: x\n", LANGS);
        assertNull(r.value());
        List<String> messages = r.problems().stream().map(Problem::format).toList();
        assertTrue(messages.contains("glossary/rag.yaml:1: id \"ragg\" does not match the file name rag.yaml — write `id: rag` or rename the file to ragg.yaml"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("glossary/rag.yaml:5: unknown key \"plural\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("glossary/rag.yaml:6: unknown key \"de\"")), messages.toString());
    }

    @Test
    void validGlossaryHasNoProblems() {
        List<Term> terms = List.of(term("a", "see: [b]\narticles: [x]\n", "en", "cs", "pl"), term("b", "", "en", "cs", "pl"));
        Site s = site(true, terms, article("en", "x", "terms: [a, b]\n", "a-en and b-en"));
        assertEquals(List.of(), GlossaryRules.check(s));
    }

    @Test
    void unknownReferencesAreErrorsWithCloseMatches() {
        List<Term> terms = List.of(term("eval-set", "see: [llm-judge]\narticles: [evals-frist]\n", "en", "cs", "pl"),
                term("llm-as-judge", "", "en", "cs", "pl"));
        Article a = article("en", "evals-first", "terms: [eval-set, evalset]\n", "x");
        List<Problem> problems = GlossaryRules.check(site(false, terms, a));
        assertEquals(3, problems.size(), problems.toString());
        Problem inArticle = problems.stream().filter(p -> p.file().equals(Path.of("content/en/articles/evals-first.md"))).findFirst().orElseThrow();
        assertEquals(10, inArticle.line());
        assertEquals("unknown glossary term \"evalset\"", inArticle.message());
        assertTrue(inArticle.fix().contains("did you mean \"eval-set\" (glossary/eval-set.yaml)?"), inArticle.fix());
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("unknown glossary term \"llm-judge\"") && p.fix().contains("llm-as-judge")));
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("unknown article \"evals-frist\" in articles") && p.fix().contains("evals-first")));
    }

    @Test
    void missingLanguageFollowsTheTranslationPolicy() {
        List<Term> terms = List.of(term("a", "", "en", "cs"));
        List<Problem> lax = GlossaryRules.check(site(false, terms));
        assertEquals(1, lax.size());
        assertEquals(Severity.WARNING, lax.get(0).severity());
        assertTrue(lax.get(0).message().contains("has no pl text"));
        assertEquals(Severity.ERROR, GlossaryRules.check(site(true, terms)).get(0).severity());
    }

    @Test
    void duplicateTermTextInOneLanguage() {
        Term a = term("a", "", "en", "cs", "pl");
        Term b = GlossaryParser.parse("b", "id: b\nen:\n  term: A-EN\n  definition: D.\ncs:\n  term: b-cs\n  definition: D.\npl:\n  term: b-pl\n  definition: D.\n", LANGS).value();
        List<Problem> problems = new ArrayList<>(GlossaryRules.check(site(true, List.of(a, b))));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("glossary/b.yaml"), problems.get(0).file());
        assertEquals(3, problems.get(0).line());
    }
}
