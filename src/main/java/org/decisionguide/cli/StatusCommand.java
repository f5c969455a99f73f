package org.decisionguide.cli;

import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.decisionguide.status.StatusFormat;
import org.decisionguide.status.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "status", description = "Every article in every language (original, ok, stale with what changed, missing) "
        + "and the freshness of its facts (reviewed, due, expired dated claims).")
final class StatusCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Option(names = "--root") Path root = Path.of(".");
    @Option(names = "--strict", description = "Exit non-zero when a translation is missing or stale (a strict gate).") boolean strict;
    @Option(names = "--format", description = "text (default) or markdown (tables for a CI job summary).") Format format = Format.text;
    @Option(names = "--changed", split = ",", paramLabel = "FILE",
            description = "Files a change touched (e.g. from git diff --name-only); their articles are listed first.")
    List<Path> changed = List.of();

    @Override
    public Integer call() {
        java.time.LocalDate today;
        try {
            today = Main.today();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " — unset it or set it to a date's seconds, e.g. $(date +%s)");
            return 2;
        }
        Result<Site> loaded = new SiteLoader(root.toAbsolutePath().normalize()).load();
        if (loaded.value() == null) {
            Console.problems(System.err, loaded.problems());
            return 1;
        }
        Site site = loaded.value();
        site = site.withConfig(site.config().withFreshness(site.config().freshness().withToday(today)));
        Set<Path> touched = changed.stream().map(Path::normalize).collect(Collectors.toSet());
        StatusReport report = StatusReport.of(site, touched);
        System.out.print(format == Format.markdown ? StatusFormat.markdown(report) : StatusFormat.text(report));
        long behind = report.count(Translations.State.MISSING) + report.count(Translations.State.STALE);
        return strict && behind > 0 ? 1 : 0;
    }
}
