package org.decisionguide.browser;

import org.decisionguide.model.OutputFile;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * bench/search: the search issue's targets on the real guide, measured, not asserted (docs/performance.md).
 * Index and first-query download sizes gzipped (level 6, what static hosts commonly send), quality on the query set,
 * and per query of the set, in Chromium, with the CPU as it is and throttled 4×:
 * <ul>
 *   <li>rank: the page's {@code input} handler for the whole query as one event (look-up, ranking, snippets, the
 *       result list built), timed with {@code performance.now()} around a synchronous dispatch;</li>
 *   <li>typed: the query typed key by key through WebDriver (real, trusted key events), from the last key's event
 *       time ({@code event.timeStamp}) to the frame after the results were drawn ({@code requestAnimationFrame},
 *       then a task): what a reader waits for after typing stops. Once in a burst (every key as fast as chromedriver
 *       sends them, so a key's work may queue behind the previous one's), once with a pause before the last key.</li>
 * </ul>
 */
public final class SearchBench {
    private static final List<String> LANGS = List.of("en", "cs", "pl");

    /** Records, per input event, the box's value and the time from the event to the next frame after it was handled. */
    private static final String PAINT_PROBE = "window.benchPaint = [];"
            + "document.getElementById('search-q').addEventListener('input', function (e) {"
            + "  var t0 = e.timeStamp, value = e.target.value;"
            + "  requestAnimationFrame(function () { setTimeout(function () {"
            + "    window.benchPaint.push({ value: value, ms: performance.now() - t0 }); }, 0); });"
            + "});";

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (Browser site = Browser.serve(Map.of())) {
            Map<String, OutputFile> files = new java.util.HashMap<>();
            site.site.files().forEach(f -> files.put(f.path(), f));
            ChromeDriver d = (ChromeDriver) Browser.chromium(true);
            List<String> timing = new ArrayList<>();
            try {
                System.out.println("lang  index KB gz  first query KB gz  top-3   at term");
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
                    System.out.printf("%-4s  %11.1f  %17.1f  %5.1f %%  %5.1f %%%n", lang, index, first,
                            100 * SearchQueries.share(answers, SearchQueries.Answer::right),
                            100 * SearchQueries.share(answers, SearchQueries.Answer::rightAtTerm));
                    System.out.print(SearchQueries.report(lang, answers));
                    for (int rate : new int[] {1, 4}) {
                        d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
                        double[] rank = times(d, queries, rounds);
                        SearchQueries.open(d, site.origin, lang); // a fresh page for the typing probe
                        Browser.js(d, PAINT_PROBE);
                        double[] burst = typed(d, queries, Math.max(1, rounds / 2), false);
                        double[] paused = typed(d, queries, Math.max(1, rounds / 2), true);
                        timing.add(String.format("%-4s %2d×   %6.2f / %6.2f / %6.2f   %6.1f / %6.1f / %6.1f   %6.1f / %6.1f / %6.1f",
                                lang, rate, pct(rank, 50), pct(rank, 95), pct(rank, 100), pct(burst, 50), pct(burst, 95),
                                pct(burst, 100), pct(paused, 50), pct(paused, 95), pct(paused, 100)));
                        d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
                    }
                }
            } finally {
                d.quit();
            }
            System.out.println("lang CPU   rank ms median / p95 / max   typed in a burst → on screen, ms   last key after a pause → on screen, ms");
            timing.forEach(System.out::println);
            System.out.printf("load average at the end: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }

    /** Each query's time to rank and draw as one input event, {@code rounds} times over the set after a warm-up pass. */
    private static double[] times(ChromeDriver d, List<SearchQueries.Query> queries, int rounds) {
        for (SearchQueries.Query q : queries) SearchQueries.ask(d, q);
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) for (SearchQueries.Query q : queries) ms.add(SearchQueries.ask(d, q).millis());
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Each query typed into an empty box: the time from its last key to the results on screen. In a burst, every key
     * as fast as chromedriver sends them (each key's work may queue behind the previous one's: the worst case); or
     * with a pause before the last key, as a reader who stops typing for a moment, so that only that key's work counts.
     */
    private static double[] typed(ChromeDriver d, List<SearchQueries.Query> queries, int rounds, boolean pause) {
        var box = d.findElement(org.openqa.selenium.By.id("search-q"));
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (SearchQueries.Query q : queries) {
                Browser.js(d, "var box = document.getElementById('search-q'); box.value = '';"
                        + "box.dispatchEvent(new Event('input', {bubbles: true})); window.benchPaint = [];");
                String text = q.text();
                if (pause && text.length() > 1) {
                    box.sendKeys(text.substring(0, text.length() - 1));
                    painted(d, text.substring(0, text.length() - 1));
                    box.sendKeys(text.substring(text.length() - 1));
                } else {
                    box.sendKeys(text);
                }
                ms.add(painted(d, text));
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Waits until the results for this value are on screen; the time from its input event to that frame. */
    private static double painted(ChromeDriver d, String value) {
        Object last = new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> Browser.js(x,
                "var p = window.benchPaint; var v = document.getElementById('search-q').value;"
                        + "return p.length && p[p.length - 1].value === v && v === arguments[0] ? p[p.length - 1].ms : null;", value));
        return ((Number) last).doubleValue();
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
