package org.decisionguide.security;

import org.decisionguide.Fixtures;
import org.decisionguide.bench.CorpusGenerator;
import org.decisionguide.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL at any moment leaves a complete site published: byte-identical to the previous one, or
 * (killed after the switch) to the new one. The build runs in its own
 * JVM on a generated 300-article site, with a content change, and is killed at several points of its run.
 */
class KillDuringBuildTest {


    private static Process build(Path site) throws Exception {
        Path root = Fixtures.repoRoot();
        String cp = root.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(root.resolve("target/runtime-classpath.txt")).strip();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp", cp,
                "org.decisionguide.cli.Main", "build", "--root", site.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void killedBuildsLeaveThePublishedSiteUntouched(@TempDir Path dir) throws Exception {
        Path site = CorpusGenerator.generate(Fixtures.repoRoot(), dir.resolve("site"), 100);
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("build", "--root", site.toString()));
        } finally {
            System.setOut(out);
        }
        TreeMap<String, String> before = Fixtures.snapshot(site);
        Path article = site.resolve("content/en/articles/article-7.md");
        Files.writeString(article, Files.readString(article).replace("## Section 1", "## Section one, renamed"));

        long full = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) { // the faster of two runs: the first may still be warming the disk cache
            long t0 = System.nanoTime();
            assertTrue(build(site).waitFor(120, TimeUnit.SECONDS));
            full = Math.min(full, (System.nanoTime() - t0) / 1_000_000);
        }
        TreeMap<String, String> after = Fixtures.snapshot(site);
        after.remove("->"); // which build folder the link names differs per build; the files must not
        // That build finished: publish the old content again so the kills below start from a known site.
        Files.writeString(article, Files.readString(article).replace("## Section one, renamed", "## Section 1"));
        assertEquals(0, build(site).waitFor());
        before = Fixtures.snapshot(site);
        Files.writeString(article, Files.readString(article).replace("## Section 1", "## Section one, renamed"));

        List<String> outcomes = new ArrayList<>();
        for (double at : new double[]{0.1, 0.25, 0.4, 0.55, 0.7, 0.85}) {
            Process p = build(site);
            boolean finished = p.waitFor((long) (full * at), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
                outcomes.add("killed at " + (int) (at * 100) + "%");
                TreeMap<String, String> now = Fixtures.snapshot(site);
                if (!now.equals(before)) {
                    // Killed after the switch (while old builds were being removed): the new build, complete.
                    now.remove("->");
                    assertEquals(after, now, "published site is neither the old nor the complete new build after a kill at "
                            + (int) (at * 100) + "% of " + full + " ms");
                }
            } else {
                outcomes.add("finished before " + (int) (at * 100) + "%");
            }
        }
        System.out.println("kill test (" + full + " ms per build): " + outcomes);
        assertTrue(outcomes.stream().filter(o -> o.startsWith("killed")).count() >= 3, outcomes.toString());
    }
}
