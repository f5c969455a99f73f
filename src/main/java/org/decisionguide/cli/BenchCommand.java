package org.decisionguide.cli;

import org.decisionguide.bench.CorpusGenerator;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.decisionguide.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Generate a reproducible corpus and time full builds (load → validate → render → check → publish).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site whose templates and assets the corpus uses (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--articles", split = ",", description = "Articles per language, one corpus each (default: 100,1000).")
    List<Integer> sizes = List.of(100, 1000);

    @Option(names = "--runs", description = "Timed builds per corpus after the first (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--keep", description = "Keep the generated corpora.")
    boolean keep;

    @Option(names = "--generate", description = "Only write a corpus into this folder (for bench/run), then stop.")
    Path generate;

    @Option(names = "--flavor", description = "With --generate: guide (default), hugo or jbake.")
    String flavor = "guide";

    @Override
    public Integer call() throws Exception {
        Path r = root.toAbsolutePath().normalize();
        if (generate != null) {
            int n = sizes.get(0);
            switch (flavor) {
                case "guide" -> CorpusGenerator.generate(r, generate, n);
                case "hugo" -> CorpusGenerator.generateHugo(generate, n);
                case "jbake" -> CorpusGenerator.generateJBake(generate, n);
                default -> {
                    System.err.println("--flavor must be guide, hugo or jbake");
                    return 2;
                }
            }
            return 0;
        }
        System.out.println("articles/lang  total  first build ms  median ms (of " + runs + ")  per article ms  stage medians ms");
        for (int n : sizes) {
            Path corpus = CorpusGenerator.generate(r, Files.createTempDirectory("guide-bench-" + n + "-"), n);
            long first = -1;
            List<Long> totals = new ArrayList<>();
            Map<String, List<Long>> stages = new LinkedHashMap<>();
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                BuildResult result = Pipeline.build(new BuildOptions(corpus, false, null));
                if (result.hasErrors()) {
                    Console.problems(System.err, result.problems().subList(0, Math.min(10, result.problems().size())));
                    return 1;
                }
                new Publisher(corpus, result.config().output()).publish(result.files());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (i == 0) {
                    first = ms;
                    continue;
                }
                totals.add(ms);
                result.stageMillis().forEach((k, v) -> stages.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                stages.computeIfAbsent("publish", x -> new ArrayList<>()).add(ms - result.stageMillis().values().stream().mapToLong(Long::longValue).sum());
            }
            long median = median(totals);
            StringBuilder st = new StringBuilder();
            stages.forEach((k, v) -> st.append(k).append('=').append(median(v)).append(' '));
            System.out.printf("%13d  %5d  %14d  %17d  %14.2f  %s%n", n, 3 * n, first, median, median / (3.0 * n), st.toString().strip());
            if (!keep) deleteTree(corpus);
        }
        return 0;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
