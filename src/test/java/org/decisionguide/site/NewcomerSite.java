package org.decisionguide.site;

import org.decisionguide.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of the real site with the change a newcomer's first pull request makes, done the way CONTRIBUTING tells:
 * {@code ./guide new article <id>}, then the scaffold's placeholders replaced by a short English article dated the
 * day it was scaffolded, with two glossary terms, a link to another article, the draft mark removed, and no
 * translations. Made once per test run (the source files only; each test class builds it itself) under
 * {@code target/}, and deleted when the run ends.
 */
final class NewcomerSite {
    static final String ID = "measure-the-prompt";
    static final String FILE = "content/en/articles/" + ID + ".md";
    static final String LINKED = "evals-first";

    /** What the newcomer writes over the scaffold's placeholders; every other scaffold line stays as generated. */
    private static final String BODY = """

            Every call repeats the same long instructions, and every token of them is billed again. Each one also adds
            a little latency before the first word of the answer appears.

            ## What to do on Monday

            Log the prompt length of a week of calls, multiply it by the price, and compare the sum with the cost of a
            pilot. Before any of that, [build an eval set](%s.md) so that you can tell whether a shorter prompt still
            answers as well.
            """.formatted(LINKED);

    private static Path root;

    private NewcomerSite() {}

    static synchronized Path root() {
        if (root == null) root = make();
        return root;
    }

    private static Path make() {
        try {
            Path target = Files.createDirectories(Fixtures.repoRoot().resolve("target"));
            Path dir = Fixtures.copyOfRealSite(Files.createTempDirectory(target, "newcomer-site-"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Fixtures.Run run = Fixtures.guide("new", "article", ID, "--root", dir.toString());
            if (run.exit() != 0) throw new AssertionError("./guide new article failed: " + run.err());
            Path file = dir.resolve(FILE);
            String scaffold = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, written(scaffold), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scaffold as the newcomer leaves it. Each replaced line must exist, so a changed scaffold fails here loudly. */
    static String written(String scaffold) {
        String text = scaffold;
        text = replace(text, "title: Write the title here", "title: Measure the prompt before you shrink it");
        text = replace(text, "summary: One sentence that says what the reader learns; it is also the meta description.",
                "summary: Count what a long system prompt costs on every call before you decide to tune it away.");
        text = replace(text, "  The bottom line in two or three sentences: what to do, and when not to.",
                "  Count the tokens a repeated prompt costs and the latency it adds. Only then compare that bill with a pilot.");
        text = replace(text, "  title: Title of the cited paper or documentation", "  title: Prompt caching");
        text = replace(text, "  url: https://example.org/", "  url: https://platform.openai.com/docs/guides/prompt-caching");
        text = text.replaceFirst("(?m)^  author: .*\\n", "");
        text = text.replaceFirst("(?m)^terms: \\[\\]", "terms: [token, latency]");
        text = text.replaceFirst("(?m)^tags: \\[\\]", "tags: [cost]");
        text = text.replaceFirst("(?m)^draft: true.*\\n", "");
        int end = text.indexOf("\n---\n", 4);
        if (end < 0) throw new AssertionError("the scaffold has no closing ---:\n" + scaffold);
        return text.substring(0, end + 5) + BODY;
    }

    private static String replace(String text, String line, String by) {
        if (!text.contains(line)) throw new AssertionError("the scaffold no longer has the line \"" + line + "\":\n" + text);
        return text.replace(line, by);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort at JVM exit: target/ is removed by mvn clean anyway
        }
    }
}
