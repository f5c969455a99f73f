package org.decisionguide.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search quality query set (src/test/resources/search/*.tsv) and how it is scored: each query typed into the
 * search page's box of a real Chromium, so the shipped search.js and index answer it. Shared by the test and the
 * benchmark (bench/search).
 */
final class SearchQueries {

    /** @param answers result keys ("article:evals-first", "term:rag", "outcome:…", "checklist") */
    record Query(String lang, String kind, String text, List<String> answers) {
        boolean namesTerm() {
            return answers.stream().anyMatch(a -> a.startsWith("term:"));
        }
    }

    /** What the search returned for a query: the first three keys, and how long ranking and drawing took. */
    record Answer(Query query, List<String> top, double millis) {
        boolean right() {
            return top.stream().anyMatch(query.answers()::contains);
        }

        /** Right, and for a query that lists a glossary term, a listed term (at its own anchor) is among the three. */
        boolean rightAtTerm() {
            if (!query.namesTerm()) return right();
            return top.stream().anyMatch(k -> k.startsWith("term:") && query.answers().contains(k));
        }
    }

    private SearchQueries() {}

    static List<Query> load(String lang) throws IOException {
        try (InputStream in = SearchQueries.class.getResourceAsStream("/search/" + lang + ".tsv")) {
            if (in == null) throw new IllegalStateException("no query set for " + lang);
            List<Query> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                List<String> answers = Arrays.stream(f[2].trim().split(" +")).map(SearchQueries::key).toList();
                out.add(new Query(lang, f[0], f[1], answers));
            }
            return out;
        }
    }

    private static String key(String shorthand) {
        if (shorthand.startsWith("a:")) return "article:" + shorthand.substring(2);
        if (shorthand.startsWith("t:")) return "term:" + shorthand.substring(2);
        if (shorthand.startsWith("o:")) return "outcome:" + shorthand.substring(2);
        return shorthand;
    }

    /** Opens the language's search page and waits until its index is loaded. */
    static void open(WebDriver d, String origin, String lang) {
        d.get(origin + "/" + lang + "/search/");
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> Browser.js(x,
                "return document.getElementById('search').getAttribute('data-ready')") != null);
        if (!"true".equals(Browser.js(d, "return document.getElementById('search').getAttribute('data-ready')"))) {
            throw new IllegalStateException("the search index of " + lang + " did not load");
        }
    }

    /** Types the query as one input event (what the page does on every keystroke) and reads the results shown. */
    @SuppressWarnings("unchecked")
    static Answer ask(WebDriver d, Query q) {
        Map<String, Object> r = (Map<String, Object>) Browser.js(d,
                "var box = document.getElementById('search-q'); box.value = arguments[0];"
                        + "var t0 = performance.now(); box.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "var ms = performance.now() - t0;"
                        + "var keys = Array.prototype.map.call(document.querySelectorAll('#search-results > li'), function (li) { return li.getAttribute('data-key'); });"
                        + "return {keys: keys.slice(0, 3), ms: ms};", q.text());
        return new Answer(q, (List<String>) r.get("keys"), ((Number) r.get("ms")).doubleValue());
    }

    /** Share of right answers, overall and at the term's anchor, per kind: the table the test prints. */
    static String report(String lang, List<Answer> answers) {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (Answer a : answers) {
            int[] c = byKind.computeIfAbsent(a.query().kind(), k -> new int[3]);
            c[0]++;
            if (a.right()) c[1]++;
            if (a.rightAtTerm()) c[2]++;
        }
        StringBuilder sb = new StringBuilder();
        byKind.forEach((k, c) -> sb.append(String.format("  %s %-13s %2d/%2d top-3, %2d/%2d at the term%n", lang, k, c[1], c[0], c[2], c[0])));
        for (Answer a : answers) {
            if (!a.rightAtTerm()) sb.append("  ").append(lang).append(" missed: ").append(a.query().text()).append(" → ")
                    .append(a.top()).append(" (want ").append(a.query().answers()).append(")\n");
        }
        return sb.toString();
    }

    static double share(List<Answer> answers, java.util.function.Predicate<Answer> ok) {
        return answers.stream().filter(ok).count() / (double) answers.size();
    }
}
