package org.decisionguide.browser;

import org.decisionguide.model.OutputFile;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * bench/search: the search issue's targets on the real guide, measured, not asserted (docs/performance.md).
 * Index and first-query download sizes gzipped (level 6, what static hosts commonly send), quality on the query set,
 * and the time one query takes in Chromium to rank and draw its results, also with the CPU throttled 4×.
 */
public final class SearchBench {
    private static final List<String> LANGS = List.of("en", "cs", "pl");

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (Browser site = Browser.serve(Map.of())) {
            Map<String, OutputFile> files = new java.util.HashMap<>();
            site.site.files().forEach(f -> files.put(f.path(), f));
            System.out.println("lang  index KB gz  first query KB gz  top-3   at term  rank ms median/p95/max  4x CPU median/p95/max");
            ChromeDriver d = (ChromeDriver) Browser.chromium(true);
            try {
                for (String lang : LANGS) {
                    double index = gz(files.get(lang + "/search/index.json").bytes()) / 1024.0;
                    double first = 0;
                    for (String p : List.of(lang + "/search/index.html", "assets/css/site.css", "assets/css/search.css",
                            "assets/js/search-key.js", "assets/js/search.js", lang + "/search/index.json", "assets/favicon.svg")) {
                        first += gz(files.get(p).bytes());
                    }
                    first /= 1024.0;
                    List<SearchQueries.Query> queries = SearchQueries.load(lang);
                    SearchQueries.open(d, site.origin, lang);
                    List<SearchQueries.Answer> answers = new ArrayList<>();
                    for (SearchQueries.Query q : queries) answers.add(SearchQueries.ask(d, q));
                    double[] plain = times(d, queries, rounds);
                    d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
                    double[] slow = times(d, queries, rounds);
                    d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
                    System.out.printf("%-4s  %11.1f  %17.1f  %5.1f %%  %5.1f %%  %6.2f/%5.2f/%5.2f  %8.2f/%5.2f/%5.2f%n", lang, index, first,
                            100 * SearchQueries.share(answers, SearchQueries.Answer::right),
                            100 * SearchQueries.share(answers, SearchQueries.Answer::rightAtTerm),
                            pct(plain, 50), pct(plain, 95), pct(plain, 100), pct(slow, 50), pct(slow, 95), pct(slow, 100));
                    System.out.print(SearchQueries.report(lang, answers));
                }
            } finally {
                d.quit();
            }
        }
    }

    /** Each query's time to rank and draw, {@code rounds} times over the set after one warm-up pass. */
    private static double[] times(ChromeDriver d, List<SearchQueries.Query> queries, int rounds) {
        for (SearchQueries.Query q : queries) SearchQueries.ask(d, q);
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) for (SearchQueries.Query q : queries) ms.add(SearchQueries.ask(d, q).millis());
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static int gz(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.size();
    }
}
