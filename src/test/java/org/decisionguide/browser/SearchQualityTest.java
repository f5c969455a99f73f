package org.decisionguide.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search finds the right page: the query set of each language (63 queries, nine of each kind) run through the
 * shipped search.js and index in Chromium; at least 95 % must have a right answer in the top three.
 */
class SearchQualityTest {
    private static Browser site;
    private static WebDriver js;

    @BeforeAll
    static void start() throws Exception {
        site = Browser.serve(Map.of());
        js = Browser.chromium(true);
    }

    @AfterAll
    static void stop() {
        if (js != null) js.quit();
        if (site != null) site.close();
    }

    @Test
    void rightAnswerInTheTopThreeForAtLeast95PercentOfQueriesInEveryLanguage() throws Exception {
        StringBuilder report = new StringBuilder("search quality (right answer in the top 3):\n");
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("en", "cs", "pl")) {
            List<SearchQueries.Query> queries = SearchQueries.load(lang);
            assertTrue(queries.size() >= 60, lang + " has at least 60 queries");
            SearchQueries.open(js, site.origin, lang);
            List<SearchQueries.Answer> answers = new ArrayList<>();
            for (SearchQueries.Query q : queries) answers.add(SearchQueries.ask(js, q));
            double top3 = SearchQueries.share(answers, SearchQueries.Answer::right);
            double atTerm = SearchQueries.share(answers, SearchQueries.Answer::rightAtTerm);
            report.append(String.format("%s: %.1f %% top-3, %.1f %% with glossary terms at their anchor%n", lang, 100 * top3, 100 * atTerm));
            report.append(SearchQueries.report(lang, answers));
            if (top3 < 0.95) failures.add(String.format("%s: %.1f %% of queries have a right answer in the top 3 (need 95 %%)", lang, 100 * top3));
        }
        System.out.print(report);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }
}
