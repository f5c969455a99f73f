package org.decisionguide.cli;

import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.SiteConfigParser;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check", description = "Check the published site in the output folder (links, fragments, hreflang, CSP, ...) and report; "
        + "with --external, check every external link and cited source over HTTP instead.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site source folder (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--external", description = "Check every external link and source address over HTTP (dead = error, moved = warning).")
    boolean external;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per request, with --external (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = 10;

    @Option(names = "--per-host-interval", paramLabel = "MS", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    long perHostMillis = 1000;

    @Option(names = "--cache", paramLabel = "FILE", description = "Where answers are kept for a day (default: .cache/external-links.json under the root).")
    Path cacheFile;

    @Override
    public Integer call() throws IOException {
        Path r = root.toAbsolutePath().normalize();
        if (external) return external(r);
        Result<SiteConfig> config = SiteConfigParser.parse(Files.readString(r.resolve(SiteConfigParser.FILE), StandardCharsets.UTF_8));
        if (config.value() == null) {
            Console.problems(System.err, config.problems());
            return 1;
        }
        Path out = r.resolve(config.value().output());
        if (Files.isDirectory(out)) out = out.toRealPath(); // the output path is a link to the current build
        if (!Files.isDirectory(out)) {
            System.err.println(config.value().output() + "/: nothing published yet — run ./guide build first");
            return 1;
        }
        List<OutputFile> files = new ArrayList<>();
        Path dir = out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new OutputFile(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        List<Problem> problems = new SiteChecker(config.value(), Path.of(config.value().output())).check(files);
        Console.problems(System.err, problems);
        long pages = files.stream().filter(OutputFile::isHtml).count();
        long errors = problems.stream().filter(Problem::isError).count();
        System.out.printf("checked %d pages and %d files: %s%n", pages, files.size() - pages,
                Console.count(errors, problems.size() - errors));
        return errors > 0 ? 1 : 0;
    }

    private int external(Path r) throws IOException {
        org.decisionguide.model.Result<org.decisionguide.model.Site> loaded = new org.decisionguide.load.SiteLoader(r).load();
        if (loaded.value() == null) {
            Console.problems(System.err, loaded.problems());
            return 1;
        }
        List<org.decisionguide.check.ExternalTargets.Target> targets = org.decisionguide.check.ExternalTargets.of(loaded.value());
        java.time.Duration timeout = java.time.Duration.ofMillis(Math.max(1, (long) (timeoutSeconds * 1000)));
        org.decisionguide.check.HttpProbe probe = new org.decisionguide.check.HttpProbe(timeout,
                new org.decisionguide.check.PerHostPace(java.time.Duration.ofMillis(perHostMillis)));
        Path cachePath = cacheFile != null ? cacheFile : r.resolve(".cache/external-links.json");
        org.decisionguide.check.ProbeCache cache = org.decisionguide.check.ProbeCache.open(cachePath);
        java.time.Instant now = java.time.Instant.now();
        org.decisionguide.check.ExternalCheck.Report report;
        try {
            report = new org.decisionguide.check.ExternalCheck(probe, cache, 8).run(targets, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        try {
            cache.save(now);
        } catch (IOException e) {
            System.err.println("cannot write " + cachePath + ": " + e.getMessage() + " — the next run asks every server again");
        }
        Console.problems(System.err, report.problems());
        long errors = report.problems().stream().filter(Problem::isError).count();
        System.out.printf("checked %d external addresses (%d asked, %d from today's cache): %s%n", targets.size(), report.asked(),
                targets.size() - report.asked(), Console.count(errors, report.problems().size() - errors));
        return errors > 0 ? 1 : 0;
    }
}
