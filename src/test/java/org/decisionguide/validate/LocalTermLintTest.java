package org.decisionguide.validate;

import org.decisionguide.Fixtures;
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
import java.util.Map;
import java.util.Set;

import static org.decisionguide.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A translation that writes the English term where the glossary has an agreed local one gets a warning naming the
 * line, the word it found and the local term; code, link targets, the original and accepted aliases are left alone.
 */
class LocalTermLintTest {
    private static final Path GLOSSARY_FILE = Path.of("glossary/fine-tuning.yaml");

    private static Term fineTuning(List<String> csAliases) {
        return new Term("fine-tuning", GLOSSARY_FILE, List.of(), List.of(), Map.of(
                "en", new TermText("en", "fine-tuning", null, "Training further.", List.of("fine-tune", "fine-tuned")),
                "cs", new TermText("cs", "dolaďování", null, "Další trénink.", csAliases),
                "pl", new TermText("pl", "dostrajanie", null, "Dalsze trenowanie.", List.of())), KeyLines.NONE);
    }

    private static List<Problem> lint(Term term, Article... articles) {
        Site base = Fixtures.site(false, articles);
        Site site = new Site(base.config(), base.articles(), List.of(term), null, Map.of(), null, Map.of(), base.ui(), Set.of());
        return LocalTermLint.check(site);
    }

    @Test
    void theEnglishTermInACzechArticleIsReportedAtItsLine() {
        Article cs = article("cs", "a", "", "První odstavec.\n\nPak přijde Fine-Tuning modelu.\n");
        List<Problem> problems = lint(fineTuning(List.of()), cs);
        assertEquals(List.of(new Problem(Path.of("content/cs/articles/a.md"), cs.bodyLine() + 2, Severity.WARNING,
                "uses the en term \"Fine-Tuning\" where the glossary has the cs term \"dolaďování\"",
                "write \"dolaďování\" (in the right case), or add \"Fine-Tuning\" to the cs aliases in glossary/fine-tuning.yaml"
                        + " if practitioners really say it")), problems);
    }

    @Test
    void eachLanguageGetsItsOwnLocalTerm() {
        List<Problem> problems = lint(fineTuning(List.of()), article("cs", "a", "", "Model se fine-tuned.\n"),
                article("pl", "a", "", "Potem fine-tune.\n"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("uses the en term \"fine-tuned\" where the glossary has the cs term \"dolaďování\"", problems.get(0).message());
        assertEquals("uses the en term \"fine-tune\" where the glossary has the pl term \"dostrajanie\"", problems.get(1).message());
    }

    @Test
    void theOriginalAndUnrelatedWordsAreNotReported() {
        assertEquals(List.of(), lint(fineTuning(List.of()), article("en", "a", "", "We fine-tune the model.\n"),
                article("cs", "b", "", "Slovo superfine-tuningový ani fine-tuningy není termín.\n")));
    }

    @Test
    void anAliasInTheLocalEntryMakesTheWordAcceptedUsage() {
        assertEquals(List.of(), lint(fineTuning(List.of("fine-tuning", "fine-tune", "fine-tuned")),
                article("cs", "a", "", "Fine-tuning je běžné slovo.\n")));
    }

    @Test
    void anAliasForOneFormLeavesTheOthersReported() {
        List<Problem> problems = lint(fineTuning(List.of("fine-tuning")), article("cs", "a", "", "Fine-tuning a pak fine-tuned.\n"));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("uses the en term \"fine-tuned\" where the glossary has the cs term \"dolaďování\"", problems.get(0).message());
    }

    @Test
    void codeAndLinkTargetsAreIgnored() {
        String body = """
                Příkaz `fine-tuning --help` nic nemění.

                ```
                fine-tuning
                ```

                    fine-tuning v odsazeném kódu

                Viz [dolaďování](https://example.org/fine-tuning).
                """;
        assertEquals(List.of(), lint(fineTuning(List.of()), article("cs", "a", "", body)));
    }

    @Test
    void proseAfterAClosedCodeBlockIsStillChecked() {
        String body = "~~~\nfine-tuning\n~~~\n\nA pak fine-tuning.\n";
        Article cs = article("cs", "a", "", body);
        List<Problem> problems = lint(fineTuning(List.of()), cs);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(cs.bodyLine() + 4, problems.get(0).line());
    }

    @Test
    void aTermWithoutALocalEntryIsNotLinted() {
        Term englishOnly = new Term("eval-set", Path.of("glossary/eval-set.yaml"), List.of(), List.of(),
                Map.of("en", new TermText("en", "eval set", null, "Examples.", List.of())), KeyLines.NONE);
        assertEquals(List.of(), lint(englishOnly, article("cs", "a", "", "Máme eval set.\n")));
    }
}
