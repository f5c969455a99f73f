package org.decisionguide.cli;

import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Translation status: every article in every language (original, ok, stale with what changed, missing).")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--root") Path root = Path.of(".");
    @Option(names = "--strict", description = "Exit non-zero when anything is missing or stale (for CI).") boolean strict;

    @Override
    public Integer call() {
        Result<Site> loaded = new SiteLoader(root.toAbsolutePath().normalize()).load();
        if (loaded.value() == null) {
            Console.problems(System.err, loaded.problems());
            return 1;
        }
        Site site = loaded.value();
        List<Translations.Entry> entries = Translations.of(site);
        List<String> langs = site.config().languageCodes();
        Map<String, Map<String, Translations.Entry>> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).put(e.lang(), e));
        int width = Math.max(7, byId.keySet().stream().mapToInt(String::length).max().orElse(7));
        StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "article"));
        langs.forEach(l -> header.append("  ").append(String.format("%-8s", l)));
        System.out.println(header);
        List<String> details = new java.util.ArrayList<>();
        for (Map.Entry<String, Map<String, Translations.Entry>> row : byId.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row.getKey()));
            for (String l : langs) {
                Translations.Entry e = row.getValue().get(l);
                String cell = e == null ? "-" : switch (e.state()) {
                    case SOURCE -> "original";
                    case OK -> "ok";
                    case STALE -> "stale";
                    case MISSING -> "missing";
                };
                line.append("  ").append(String.format("%-8s", cell));
                if (e != null && e.state() == Translations.State.STALE) {
                    details.add(row.getKey() + " (" + l + "): the " + e.source().lang() + " original changed in " + String.join(", ", e.changed()));
                }
            }
            System.out.println(line);
        }
        details.forEach(System.out::println);
        long missing = entries.stream().filter(e -> e.state() == Translations.State.MISSING).count();
        long stale = entries.stream().filter(e -> e.state() == Translations.State.STALE).count();
        long ok = entries.stream().filter(e -> e.state() == Translations.State.OK).count();
        System.out.printf("%d up to date, %d stale, %d missing%n", ok, stale, missing);
        return strict && (missing > 0 || stale > 0) ? 1 : 0;
    }
}
