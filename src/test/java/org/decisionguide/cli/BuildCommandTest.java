package org.decisionguide.cli;

import org.decisionguide.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./guide build` as a contributor meets it: every problem at once, no stack trace, the previous site kept. */
class BuildCommandTest {




    @Test
    void brokenContentFailsWithEveryProblemAndLeavesThePublishedSiteByteIdentical(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Fixtures.Run ok = Fixtures.guide("build", "--root", site.toString()); // as a pull request builds it
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("built "), ok.out());
        assertTrue(Files.isRegularFile(site.resolve("public/cs/index.html")));
        TreeMap<String, String> before = Fixtures.snapshot(site);
        assertTrue(before.size() > 10);

        Path en = site.resolve("content/en/articles");
        Files.writeString(en.resolve("evals-first.md"), Files.readString(en.resolve("evals-first.md"))
                .replaceFirst("date: 2026-11-25", "date: someday"));
        Files.writeString(en.resolve("fine-tuning-is-not-the-default.md"), Files.readString(en.resolve("fine-tuning-is-not-the-default.md"))
                .replaceFirst("\\]\\(real-cost-of-fine-tuning\\.md\\)", "](real-cost-of-fine-tunin.md)"));
        Files.writeString(en.resolve("broken.md"), "---\ntitle: x\n");
        Files.writeString(en.resolve("typo.md"), Fixtures.articleText("colour: blue\n", "Body"));
        Files.delete(site.resolve("content/pl/articles/diagnose-the-problem.md"));

        Fixtures.Run bad = Fixtures.guide("build", "--strict", "--root", site.toString());
        assertEquals(1, bad.exit());
        List<String> lines = bad.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("content/en/articles/evals-first\\.md:3: \"date\" is not a date: someday — .*YYYY-MM-DD.*")), bad.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("content/en/articles/fine-tuning-is-not-the-default\\.md:\\d+: link to a missing article: real-cost-of-fine-tunin\\.md.*did you mean real-cost-of-fine-tuning\\.md\\?")), bad.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/articles/broken.md:2: the front matter is not closed (the file ends inside it) — ")), bad.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/articles/typo.md:10: unknown key \"colour\" — use one of:")), bad.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/pl/articles/diagnose-the-problem.md: missing translation")), bad.err());
        assertTrue(bad.err().contains("build failed: "), bad.err());
        assertFalse(bad.err().contains("Exception"), "no stack trace for content errors: " + bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
        assertEquals(before, Fixtures.snapshot(site), "the published site is byte-identical after a failed build");
    }

    @Test
    void missingTranslationIsAWarningWithoutStrict(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Files.delete(site.resolve("content/cs/articles/evals-first.md"));
        Fixtures.Run lax = Fixtures.guide("build", "--root", site.toString());
        assertEquals(0, lax.exit(), lax.err());
        assertTrue(lax.err().contains("content/cs/articles/evals-first.md: warning: missing translation"), lax.err());
        assertFalse(Files.exists(site.resolve("public/cs/articles/nejdriv-evaly")), "absent in that language");
        assertTrue(Files.readString(site.resolve("public/cs/index.html")).contains("doladovani-uz-neni-vychozi-volba"));
        assertFalse(Files.readString(site.resolve("public/cs/index.html")).contains("nejdriv-evaly"), "not linked");
        Fixtures.Run strict = Fixtures.guide("build", "--strict", "--root", site.toString());
        assertEquals(1, strict.exit());
    }

    @Test
    void rebuildSwapsTheLinkAndKeepsOnlyRecentBuilds(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        for (int i = 0; i < 3; i++) assertEquals(0, Fixtures.guide("build", "--root", site.toString()).exit());
        assertTrue(Files.isSymbolicLink(site.resolve("public")));
        try (Stream<Path> builds = Files.list(site.resolve(".builds"))) {
            assertEquals(2, builds.filter(p -> p.getFileName().toString().startsWith("public-")).count(), "current + previous");
        }
    }

    @Test
    void checkReportsProblemsInThePublishedSite(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        assertEquals(0, Fixtures.guide("build", "--root", site.toString()).exit());
        Fixtures.Run clean = Fixtures.guide("check", "--root", site.toString());
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(clean.out().matches("(?s)checked \\d+ pages.*0 errors.*"), clean.out());
        Path home = site.resolve("public/en/index.html");
        Files.writeString(home, Files.readString(home).replace("</main>", "<script>alert(1)</script><a href=\"/en/nope/\">x</a></main>"));
        Fixtures.Run dirty = Fixtures.guide("check", "--root", site.toString());
        assertEquals(1, dirty.exit());
        assertTrue(dirty.err().contains("public/en/index.html:"), dirty.err());
        assertTrue(dirty.err().contains("inline <script>"), dirty.err());
        assertTrue(dirty.err().contains("broken link: /en/nope/"), dirty.err());
    }

    @Test
    void aBrokenLinkFromATemplateNamesThePageAndLine(@TempDir Path dir) throws Exception {
        Fixtures.Run run = buildWithHomeTemplateEdit(dir, "</section>", "<a href=\"/en/nowhere/\">x</a></section>");
        // Pages are read without source positions first; a page with a problem is read again for its line.
        assertTrue(java.util.regex.Pattern.compile("public/en/index\\.html:[1-9]\\d*: broken link: /en/nowhere/")
                .matcher(run.err()).find(), run.err());
    }

    @Test
    void hostileSiteYamlIsAContentError(@TempDir Path dir) throws IOException {
        Path site = Fixtures.copyOfRealSite(dir);
        Files.writeString(site.resolve("site.yaml"), "base_url: !!java.net.URL [\"https://evil.example\"]\n");
        Fixtures.Run r = Fixtures.guide("build", "--root", site.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("site.yaml:1: YAML tags (!!java.net.URL) are not allowed"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void templateErrorNamesTemplateAndLine(@TempDir Path dir) throws IOException {
        Fixtures.Run r = buildWithHomeTemplateEdit(dir, "${t(\"home_lead\")}", "${page.noSuchField}");
        assertTrue(r.err().lines().anyMatch(l -> l.matches("templates/home\\.ftlh:\\d+: template error: .*noSuchField.* — .*")), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void decisionTreeCycleAndMissingCzechLabelFailWithFileAndLine(@TempDir Path dir) throws IOException {
        Path site = Fixtures.copyOfRealSite(dir);
        Path tree = site.resolve("content/decision-tree/tree.yaml");
        Files.writeString(tree, Files.readString(tree).replace("team: model", "team: evals"));
        Path cs = site.resolve("content/cs/decision-tree.yaml");
        String text = Files.readString(cs);
        Files.writeString(cs, text.replaceFirst("(?m)^  label: .*\\n", ""));
        Fixtures.Run r = Fixtures.guide("build", "--strict", "--root", site.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/decision-tree/tree\\.yaml:\\d+: cycle: .*evals → .*owner → evals — .*")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/cs/decision-tree\\.yaml:\\d+: missing required field \"label\" — .*")), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** Builds a copy of the real site whose home template has one edit; the build must fail. */
    private static Fixtures.Run buildWithHomeTemplateEdit(Path dir, String from, String to) throws IOException {
        Path site = Fixtures.copyOfRealSite(dir);
        Path home = site.resolve("templates/home.ftlh");
        Files.writeString(home, Files.readString(home).replace(from, to));
        Fixtures.Run run = Fixtures.guide("build", "--root", site.toString());
        assertEquals(1, run.exit(), run.err());
        return run;
    }
}
