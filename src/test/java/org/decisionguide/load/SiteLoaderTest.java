package org.decisionguide.load;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading a small site from disk: what is found where, and one problem per misplaced, misnamed or unreadable file,
 * named by its path as the contributor sees it (relative to the site's folder).
 */
class SiteLoaderTest {
    private static final String SITE_YAML = """
            base_url: https://example.org
            source_language: en
            languages:
              - {code: en, name: English, title: Guide}
              - {code: cs, name: Čeština, title: Průvodce}
            """;
    private static final String UI = "messages:\n  hello: Hello\n";

    private static void write(Path root, String rel, String text) throws IOException {
        write(root, rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String rel, byte[] bytes) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /** A correct two-language site with one article in each language and one glossary entry. */
    private static Path site(Path root) throws IOException {
        write(root, "site.yaml", SITE_YAML);
        write(root, "templates/i18n/en.yaml", UI);
        write(root, "templates/i18n/cs.yaml", UI);
        write(root, "content/en/articles/first.md", Fixtures.articleText("", "Hello.\n"));
        write(root, "content/cs/articles/first.md", Fixtures.articleText("", "Ahoj.\n"));
        write(root, "glossary/eval-set.yaml", "id: eval-set\nen:\n  term: eval set\n  definition: Examples.\n");
        return root;
    }

    private static Problem about(List<Problem> problems, String file) {
        return problems.stream().filter(p -> p.file().equals(Path.of(file))).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + file + " in " + problems));
    }

    @Test
    void aCorrectSiteLoadsWithoutProblems(@TempDir Path root) throws IOException {
        Result<Site> r = new SiteLoader(site(root)).load();
        assertEquals(List.of(), r.problems());
        Site s = r.value();
        assertEquals(List.of("en", "cs"), s.config().languageCodes());
        assertEquals(List.of("cs/first", "en/first"), s.articles().stream().map(a -> a.lang() + "/" + a.id()).sorted().toList());
        assertEquals(Path.of("content/en/articles/first.md"), s.articles().stream().filter(a -> a.lang().equals("en")).findFirst().orElseThrow().file());
        assertEquals(List.of("eval-set"), s.glossary().stream().map(t -> t.id()).toList());
        assertEquals("Hello", s.ui().get("en").messages().get("hello"));
        assertNull(s.tree(), "a site without a decision tree has none");
        assertNull(s.checklist(), "a site without a checklist has none");
    }

    @Test
    void misplacedAndMisnamedFilesAreEachReported(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/en/articles/Bad_Name.md", Fixtures.articleText("", "x"));
        write(root, "content/en/articles/notes.txt", "not an article");
        Files.createDirectories(root.resolve("content/en/articles/sub"));
        write(root, "content/de/articles/erste.md", Fixtures.articleText("", "x"));
        write(root, "glossary/Eval_Set.yaml", "id: Eval_Set\n");
        write(root, "glossary/readme.md", "notes");
        write(root, "glossary/.hidden", "ignored");
        List<Problem> problems = new SiteLoader(root).load().problems();

        Problem name = about(problems, "content/en/articles/Bad_Name.md");
        assertEquals("the file name \"Bad_Name.md\" is not a valid article id", name.message());
        assertTrue(name.isError());
        Problem txt = about(problems, "content/en/articles/notes.txt");
        assertEquals("not an article (only .md files are read here)", txt.message());
        assertEquals(Severity.WARNING, txt.severity());
        assertEquals("articles are files, not folders", about(problems, "content/en/articles/sub").message());
        Problem de = about(problems, "content/de");
        assertEquals("content/de/ is not a language of the site", de.message());
        assertEquals("add `de` to `languages:` in site.yaml, or move the files to an existing language", de.fix());
        assertEquals("the file name \"Eval_Set.yaml\" is not a valid term id", about(problems, "glossary/Eval_Set.yaml").message());
        Problem md = about(problems, "glossary/readme.md");
        assertEquals("not a glossary entry (only .yaml files are read here)", md.message());
        assertEquals(Severity.WARNING, md.severity());
        assertEquals(6, problems.size(), "the hidden file is ignored, nothing else is wrong: " + problems);
    }

    @Test
    void unreadableFilesAreProblemsNotCrashes(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/cs/articles/first.md", new byte[]{'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(Problem.error(Path.of("content/cs/articles/first.md"), 0, "the file is not valid UTF-8", "save it with UTF-8 encoding")),
                r.problems());
        assertTrue(r.value().isUnreadable("cs", "first"), "links to it are not reported a second time");
        assertEquals(1, r.value().articles().size());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/cs/articles/first.md", ("\uFEFF" + Fixtures.articleText("", "Ahoj.\n")).replace("\n", "\r\n"));
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(), r.problems());
        assertEquals("T", r.value().articles().stream().filter(a -> a.lang().equals("cs")).findFirst().orElseThrow().meta().title());
    }

    @Test
    void missingInterfaceStringsNameTheFileToCopy(@TempDir Path root) throws IOException {
        site(root);
        Files.delete(root.resolve("templates/i18n/cs.yaml"));
        Problem p = about(new SiteLoader(root).load().problems(), "templates/i18n/cs.yaml");
        assertEquals("user-interface strings for \"cs\" are missing", p.message());
        assertEquals("copy templates/i18n/en.yaml to templates/i18n/cs.yaml and translate the messages", p.fix());
    }

    @Test
    void aMissingOrBrokenSiteYamlStopsTheLoad(@TempDir Path root) throws IOException {
        Result<Site> none = new SiteLoader(root).load();
        assertNull(none.value());
        assertEquals("site.yaml", none.problems().get(0).file().toString());
        assertTrue(none.problems().get(0).message().startsWith("cannot read the file"), none.problems().toString());
        write(root, "site.yaml", "base_url: nowhere\n");
        Result<Site> broken = new SiteLoader(root).load();
        assertNull(broken.value());
        assertTrue(broken.problems().stream().allMatch(p -> p.file().equals(Path.of("site.yaml"))), broken.problems().toString());
    }

    @Test
    void theTreeAndChecklistAreReadWithTheirTexts(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/decision-tree/tree.yaml", "start: done\nnodes:\n  done: {kind: outcome, articles: [first]}\n");
        write(root, "content/en/decision-tree.yaml", "done:\n  label: Done\n  title: Done\n  explanation: E.\n");
        write(root, "content/checklist/checklist.yaml", "sections:\n  - id: measure\n    items:\n      - id: eval-set\n");
        write(root, "content/cs/checklist.yaml", "sections:\n  measure: Měření\nitems:\n  eval-set: {label: L, why: W}\n");
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(), r.problems());
        Site s = r.value();
        assertEquals("done", s.tree().start());
        assertEquals(List.of("en"), List.copyOf(s.treeTexts().keySet()), "a missing text file is left to the validator");
        assertEquals(List.of("eval-set"), s.checklist().items().stream().map(i -> i.id()).toList());
        assertEquals("Měření", s.checklistTexts().get("cs").sections().get("measure"));
    }

    @Test
    void oneArticleIsReadAsTheWholeLoadReadsIt(@TempDir Path root) throws IOException {
        site(root);
        SiteLoader loader = new SiteLoader(root);
        Result<org.decisionguide.model.Article> a = loader.article(Path.of("content/cs/articles/first.md"), "cs");
        assertEquals(List.of(), a.problems());
        assertEquals("first", a.value().id());
        assertEquals("cs", a.value().lang());
        Result<org.decisionguide.model.Article> bad = loader.article(Path.of("content/cs/articles/Bad.md"), "cs");
        assertNull(bad.value());
        assertEquals("the file name \"Bad.md\" is not a valid article id", bad.problems().get(0).message());
        assertEquals("first", SiteLoader.articleId(Path.of("content/en/articles/first.md")));
        assertNull(SiteLoader.articleId(Path.of("content/en/articles/First.md")));
        assertNull(SiteLoader.articleId(Path.of("content/en/articles/first.txt")));
    }

    @Test
    void aPlainFileNamedLikeALanguageIsNoLanguageFolder(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/de", "notes");
        assertEquals(List.of(), new SiteLoader(root).load().problems(), "only folders under content/ are languages");
    }

    @Test
    void aFileTooLargeToBeContentIsRefusedUnread(@TempDir Path root) throws IOException {
        site(root);
        byte[] big = new byte[SafeYaml.MAX_CHARS * 4 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        write(root, "content/cs/articles/first.md", big);
        Problem p = about(new SiteLoader(root).load().problems(), "content/cs/articles/first.md");
        assertEquals("the file is too large (" + big.length + " bytes)", p.message());
        assertTrue(p.isError());
        assertEquals("split it; content files are far smaller than " + SafeYaml.MAX_CHARS + " characters", p.fix());
    }

    @Test
    void oneArticleThatCannotBeReadGivesItsProblemAndNoArticle(@TempDir Path root) throws IOException {
        site(root);
        write(root, "content/cs/articles/first.md", new byte[]{'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Result<org.decisionguide.model.Article> a = new SiteLoader(root).article(Path.of("content/cs/articles/first.md"), "cs");
        assertNull(a.value());
        assertEquals(List.of(Problem.error(Path.of("content/cs/articles/first.md"), 0, "the file is not valid UTF-8", "save it with UTF-8 encoding")),
                a.problems());
    }

    private static final String CALCULATOR = "as_of: 2026-12-02\narticle: first\nslugs:\n  en: break-even\n  cs: navratnost\n"
            + "inputs:\n  requests: 2400000\n";

    @Test
    void theCalculatorIsReadWithItsFormulas(@TempDir Path root) throws IOException {
        site(root);
        write(root, CalculatorParser.FILE.toString(), CALCULATOR);
        write(root, CalculatorParser.SCRIPT.toString(), "export const x = 1;\n");
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(), r.problems());
        assertEquals("first", r.value().calculator().article());
        assertEquals(2400000.0, r.value().calculator().inputs().get("requests"));
        assertEquals("export const x = 1;\n", r.value().calculator().script());
    }

    @Test
    void aCalculatorWithoutItsFormulasIsAnErrorNamingTheScript(@TempDir Path root) throws IOException {
        site(root);
        write(root, CalculatorParser.FILE.toString(), CALCULATOR);
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(Problem.error(CalculatorParser.SCRIPT, 0, "the calculator's formulas are missing",
                "restore assets/js/break-even-core.js (it holds the formulas that content/calculator/break-even.yaml is computed with)")),
                r.problems());
        assertNull(r.value().calculator());
        assertNull(new SiteLoader(site(root.resolve("none"))).load().value().calculator(), "a site without the data file has no calculator");
    }

    @Test
    void unreadableCalculatorFilesAreProblemsNotCrashes(@TempDir Path root) throws IOException {
        site(root);
        byte[] bad = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        write(root, CalculatorParser.FILE.toString(), bad);
        write(root, CalculatorParser.SCRIPT.toString(), "export const x = 1;\n");
        assertEquals(List.of(Problem.error(CalculatorParser.FILE, 0, "the file is not valid UTF-8", "save it with UTF-8 encoding")),
                new SiteLoader(root).load().problems());
        write(root, CalculatorParser.FILE.toString(), CALCULATOR);
        write(root, CalculatorParser.SCRIPT.toString(), bad);
        Result<Site> r = new SiteLoader(root).load();
        assertEquals(List.of(Problem.error(CalculatorParser.SCRIPT, 0, "the file is not valid UTF-8", "save it with UTF-8 encoding")), r.problems());
        assertNull(r.value().calculator());
    }
}
