package org.decisionguide.pipeline;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's rebuild after an article edit must publish exactly what a full build of the same files
 * publishes: every file byte for byte, every problem. Each test edits a copy of the real site, rebuilds
 * incrementally, builds the same files from scratch, and compares.
 */
class IncrementalBuildTest {
    private static final Path EN = Path.of("content/en/articles/evals-first.md");
    private static final Path CS = Path.of("content/cs/articles/evals-first.md");
    private static final Path PL = Path.of("content/pl/articles/evals-first.md");

    @TempDir
    Path dir;
    private Path site;
    private BuildOptions options;
    private IncrementalBuild builds;
    private int pages;

    @BeforeEach
    void firstBuild() throws IOException {
        site = Fixtures.copyOfRealSite(dir);
        options = new BuildOptions(site, false, "http://127.0.0.1:8080", true);
        builds = new IncrementalBuild(options);
        IncrementalBuild.Rebuild first = builds.full();
        assertFalse(first.result().hasErrors(), first.result().problems().toString());
        pages = first.pages();
    }

    @Test
    void editingAnArticlesBodyRerendersItsOwnPagesAndTheListsOnly() throws IOException {
        edit(EN, "worse, the next thing to build", "worse, the next thing (edited) to build");
        IncrementalBuild.Rebuild r = sameAsFullBuild(EN);
        assertTrue(text(r, "en/articles/evals-first/index.html").contains("the next thing (edited) to build"));
        // Its page in three languages and the three translation status pages.
        assertTrue(r.pages() < 10, "rendered " + r.pages() + " of " + pages + " pages");
    }

    @Test
    void editingAnArticlesTitleReachesEveryPageThatShowsIt() throws IOException {
        edit(EN, "title: \"Evals first: building", "title: \"Evals first, retitled: building");
        edit(EN, "worse, the next thing to build", "worse, the next thing (edited) to build");
        IncrementalBuild.Rebuild r = sameAsFullBuild(EN);
        // Previous/next on its neighbours, the tree's outcomes, the checklist and the glossary show the new title.
        long showing = r.result().files().stream().filter(f -> f.isHtml() && f.text().contains("Evals first, retitled")).count();
        assertTrue(showing > 10, "the new title is on " + showing + " pages");
        assertTrue(r.pages() < pages, "rendered " + r.pages() + " of " + pages + " pages");
    }

    @Test
    void aNewArticleGetsItsPagesAndFallbacksInTheOtherLanguages() throws IOException {
        Path added = Path.of("content/en/articles/a-new-lever.md");
        Files.writeString(site.resolve(added), Fixtures.articleText("tags: [brand-new-tag]\n", "A new lever.\n\n## First\n\nText.\n"));
        IncrementalBuild.Rebuild r = sameAsFullBuild(added);
        Set<String> paths = paths(r);
        assertTrue(paths.contains("en/articles/a-new-lever/index.html"), "its page");
        assertTrue(paths.contains("cs/articles/a-new-lever/index.html"), "the Czech fallback");
        assertTrue(paths.contains("en/tags/brand-new-tag/index.html"), "its new tag's page");
    }

    @Test
    void aDeletedTranslationLeavesAFallbackAndADeletedArticleLeavesNoPage() throws IOException {
        Files.delete(site.resolve(PL));
        IncrementalBuild.Rebuild r = sameAsFullBuild(PL);
        assertTrue(text(r, "pl/articles/evals-first/index.html").contains("notice-missing"), "the Polish page is now the fallback");

        Path gone = Path.of("content/en/articles/thirty-day-plan.md");
        Set<Path> all = Set.of(gone, Path.of("content/cs/articles/thirty-day-plan.md"), Path.of("content/pl/articles/thirty-day-plan.md"));
        Set<String> before = paths(r).stream().filter(p -> p.contains("thirty")).collect(java.util.stream.Collectors.toSet());
        assertFalse(before.isEmpty());
        for (Path p : all) Files.delete(site.resolve(p));
        IncrementalBuild.Rebuild r2 = sameAsFullBuild(all);
        Set<String> left = new TreeSet<>(paths(r2));
        left.retainAll(before);
        assertTrue(left.isEmpty(), "pages of a deleted article are gone: " + left);
    }

    @Test
    void changedTagsAddAndRemoveTagPages() throws IOException {
        // "evals" stays a tag of two other articles: its page must drop this one.
        edit(EN, "tags: [evals, measurement, quality]", "tags: [measurement, a-fresh-tag]");
        IncrementalBuild.Rebuild before = sameAsFullBuild(EN);
        assertTrue(paths(before).contains("en/tags/a-fresh-tag/index.html"));
        assertFalse(text(before, "en/tags/evals/index.html").contains("/en/articles/evals-first/"));
        edit(EN, "tags: [measurement, a-fresh-tag]", "tags: [evals, measurement]");
        IncrementalBuild.Rebuild after = sameAsFullBuild(EN);
        assertFalse(paths(after).contains("en/tags/a-fresh-tag/index.html"), "a tag nobody uses has no page");
        assertTrue(text(after, "en/tags/evals/index.html").contains("/en/articles/evals-first/"));
    }

    @Test
    void anEnglishEditMakesTheTranslationsStale() throws IOException {
        assertFalse(text(Pipeline.build(options), "cs/articles/" + slug(CS) + "/index.html").contains("notice-stale"), "fresh to start with");
        edit(EN, "## A demo is not an eval\n", "## A demo is not an eval\n\nA new paragraph the translators have not seen.\n");
        IncrementalBuild.Rebuild r = sameAsFullBuild(EN);
        assertTrue(text(r, "cs/articles/" + slug(CS) + "/index.html").contains("notice-stale"), "the Czech page says it may be out of date");
        assertTrue(text(r, "pl/articles/" + slug(PL) + "/index.html").contains("notice-stale"), "so does the Polish one");
        assertTrue(r.result().problems().stream().anyMatch(p -> !p.isError() && p.file().equals(CS)), "and the build warns about it");
    }

    @Test
    void aCzechEditIsLintedForEnglishTermsAsInAFullBuild() throws IOException {
        edit(CS, "## Demo není eval\n", "## Demo není eval\n\nPotřebujete evaluation set.\n");
        IncrementalBuild.Rebuild r = sameAsFullBuild(CS);
        assertTrue(r.result().problems().stream().anyMatch(p -> p.file().equals(CS) && p.message().contains("\"evaluation set\"")),
                r.result().problems().toString());
        edit(CS, "\nPotřebujete evaluation set.\n", "");
        IncrementalBuild.Rebuild fixed = sameAsFullBuild(CS);
        assertTrue(fixed.result().problems().stream().noneMatch(p -> p.message().contains("\"evaluation set\"")));
    }

    @Test
    void anEditorsBackupFileThatComesAndGoesIsNoReasonForAFullBuild() throws IOException {
        Path backup = Path.of("content/en/articles/evals-first.md~");
        Files.writeString(site.resolve(backup), "backup");
        assertFalse(builds.canRebuildOnly(Set.of(backup, EN)), "a file the loader warns about needs the full build");
        IncrementalBuild.Rebuild warned = builds.articles(Set.of(backup, EN));
        assertTrue(warned.result().problems().stream().anyMatch(p -> p.file().equals(backup)), warned.result().problems().toString());
        Files.delete(site.resolve(backup));
        edit(EN, "worse, the next thing to build", "worse, the next thing (edited) to build");
        IncrementalBuild.Rebuild r = sameAsFullBuild(Set.of(backup, EN));
        assertTrue(r.result().problems().stream().noneMatch(p -> p.file().equals(backup)), "its warning is gone with it");
        assertTrue(r.pages() < 10, "rendered " + r.pages() + " of " + pages + " pages");
    }

    @Test
    void aBrokenEditReportsWhatAFullBuildReportsAndTheFixComesBack() throws IOException {
        String good = Files.readString(site.resolve(EN));
        Files.writeString(site.resolve(EN), "---\ntitle: broken\n");
        IncrementalBuild.Rebuild broken = sameAsFullBuild(EN);
        assertTrue(broken.result().hasErrors());
        assertTrue(broken.result().problems().stream().map(Problem::format)
                .anyMatch(p -> p.startsWith("content/en/articles/evals-first.md:2: the front matter is not closed")), broken.result().problems().toString());
        Files.writeString(site.resolve(EN), good);
        IncrementalBuild.Rebuild fixed = sameAsFullBuild(EN);
        assertFalse(fixed.result().hasErrors(), fixed.result().problems().toString());
    }

    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(site.resolve(file));
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(site.resolve(file), text.replace(from, to));
    }

    private IncrementalBuild.Rebuild sameAsFullBuild(Path changed) {
        return sameAsFullBuild(Set.of(changed));
    }

    /** Rebuilds incrementally, builds from scratch, and asserts both published the same bytes and problems. */
    private IncrementalBuild.Rebuild sameAsFullBuild(Set<Path> changed) {
        IncrementalBuild.Rebuild r = builds.articles(changed);
        assertTrue(r.incremental(), "an article edit takes the incremental path");
        BuildResult full = Pipeline.build(options);
        Map<String, byte[]> expected = byPath(full.files());
        Map<String, byte[]> actual = byPath(r.result().files());
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) differ.add(path);
        });
        assertEquals(List.of(), differ, "files that differ from a full build");
        assertEquals(full.files().stream().map(OutputFile::path).toList(), r.result().files().stream().map(OutputFile::path).toList(),
                "in the same order");
        assertEquals(formatted(full.problems()), formatted(r.result().problems()), "the same problems");
        return r;
    }

    private static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        files.forEach(f -> m.put(f.path(), f.bytes()));
        return m;
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    private static Set<String> paths(IncrementalBuild.Rebuild r) {
        Set<String> s = new TreeSet<>();
        r.result().files().forEach(f -> s.add(f.path()));
        return s;
    }

    private static String text(IncrementalBuild.Rebuild r, String path) {
        return text(r.result(), path);
    }

    private static String text(BuildResult r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("no " + path));
    }

    private String slug(Path file) throws IOException {
        return Files.readAllLines(site.resolve(file)).stream().filter(l -> l.startsWith("slug: ")).findFirst()
                .map(l -> l.substring(6).strip()).orElse("evals-first");
    }
}
