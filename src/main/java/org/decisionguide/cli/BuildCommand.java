package org.decisionguide.cli;

import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Load, validate, render and check the site, then publish it atomically to the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site source folder (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--strict", description = "Missing translations are errors: an opt-in gate, e.g. before a release (pull requests build without it).")
    boolean strict;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish for this address instead of site.yaml's base_url "
            + "(the Pages workflow passes the repository's Pages address).")
    String baseUrl;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--fail-on-overdue", description = "Overdue fact reviews and expired dated claims are errors "
            + "(for a scheduled job; pull requests only warn). Today is SOURCE_DATE_EPOCH when set, else the system date.")
    boolean failOnOverdue;

    @Override
    public Integer call() {
        Path r = root.toAbsolutePath().normalize();
        long start = System.nanoTime();
        java.time.LocalDate today;
        try {
            today = Main.today();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " — unset it or set it to a date's seconds, e.g. $(date +%s)");
            return 2;
        }
        BuildResult result = Pipeline.build(new BuildOptions(r, strict, baseUrl).on(today).failingOnOverdue(failOnOverdue));
        Console.problems(System.err, result.problems());
        if (result.hasErrors() || result.config() == null) {
            System.err.println("build failed: " + Console.count(result.errors(), result.warnings())
                    + "; the published site was left as it was");
            return 1;
        }
        long publishing = System.nanoTime();
        try {
            new Publisher(r, result.config().output()).publish(result.files());
        } catch (IOException e) {
            System.err.println("cannot publish to " + result.config().output() + "/: " + e.getMessage()
                    + " — check that the folder is writable; the previous site is unchanged");
            return 1;
        }
        result.notes().forEach(System.out::println);
        long pages = result.files().stream().filter(f -> f.isHtml()).count();
        System.out.printf("built %d pages and %d files in %d ms → %s/ (%s)%n", pages, result.files().size() - pages,
                (System.nanoTime() - start) / 1_000_000, result.config().output(),
                Console.count(result.errors(), result.warnings()));
        if (timings) {
            java.util.Map<String, Long> stages = new java.util.LinkedHashMap<>(result.stageMillis());
            stages.put("publish", (System.nanoTime() - publishing) / 1_000_000);
            System.out.println("stages (ms): " + stages);
        }
        return 0;
    }
}
