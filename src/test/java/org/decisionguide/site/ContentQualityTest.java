package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's content holds its own bar: complete in three languages, sourced, and written, not half-translated. */
class ContentQualityTest {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "with", "for", "this",
            "are", "it", "you", "your", "on", "be", "not", "have", "when", "what", "which", "from", "if", "can");

    private static Site site() {
        Result<Site> r = new SiteLoader(Fixtures.repoRoot()).load();
        assertNotNull(r.value(), r.problems().toString());
        return r.value();
    }

    @Test
    void everyArticleExistsInAllLanguagesWithVerdictSourceAndTerms() {
        Site site = site();
        Set<String> ids = site.articles().stream().map(Article::id).collect(Collectors.toSet());
        assertTrue(ids.size() >= 4, ids.toString());
        for (String id : ids) {
            for (String lang : List.of("en", "cs", "pl")) {
                Article a = site.articlesIn(lang).stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                assertNotNull(a, id + " in " + lang);
                assertFalse(a.meta().verdict().isBlank());
                assertTrue(a.meta().source().url().startsWith("https://"), id + "/" + lang + ": https source");
                assertTrue(a.meta().terms().size() >= 2, id + "/" + lang + ": at least two terms");
                int words = a.body().split("\\s+").length;
                assertTrue(words >= 600 && words <= 1400, id + "/" + lang + ": " + words + " words");
            }
        }
    }

    @Test
    void translationsKeepTheStructureOfTheirSource() {
        Site site = site();
        for (Article en : site.articlesIn("en")) {
            for (String lang : List.of("cs", "pl")) {
                Article t = site.articlesIn(lang).stream().filter(x -> x.id().equals(en.id())).findFirst().orElseThrow();
                assertEquals(en.outline().headings().size(), t.outline().headings().size(), en.id() + "/" + lang + ": headings");
                assertEquals(en.meta().terms(), t.meta().terms(), en.id() + "/" + lang + ": terms");
                assertEquals(en.meta().source(), t.meta().source(), en.id() + "/" + lang + ": source");
                assertEquals(en.meta().order(), t.meta().order(), en.id() + "/" + lang + ": order");
            }
        }
    }

    /** A sentence reads as English when a third of its words are common English function words. */
    static boolean looksEnglish(String sentence) {
        List<String> words = Arrays.stream(sentence.toLowerCase().split("[^\\p{L}']+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() < 5) return false;
        long hits = words.stream().filter(ENGLISH::contains).count();
        return hits * 3 >= words.size();
    }

    @Test
    void theHeuristicTellsEnglishFromCzechAndPolish() {
        assertTrue(looksEnglish("Most teams will get more from the context and the tools than from tuning."));
        assertFalse(looksEnglish("Většině týmů pomůže kontext a nástroje víc než dolaďování modelu."));
        assertFalse(looksEnglish("Większości zespołów bardziej pomoże kontekst i narzędzia niż dostrajanie modelu."));
    }

    @Test
    void czechAndPolishBodiesHaveNoRunsOfEnglishSentences() {
        BuildResult result = Fixtures.builtRealSite();
        int checked = 0;
        for (OutputFile f : result.files()) {
            if (!f.isHtml() || !(f.path().startsWith("cs/articles/") || f.path().startsWith("pl/articles/"))) continue;
            if (f.text().contains("http-equiv=\"refresh\"")) continue; // a redirect to the translation
            Element body = Jsoup.parse(f.text()).selectFirst(".article-body");
            body.select("code, pre").remove();
            String[] sentences = body.text().split("(?<=[.!?])\\s+");
            int run = 0;
            for (String s : sentences) {
                run = looksEnglish(s) ? run + 1 : 0;
                assertTrue(run < 2, f.path() + ": English run ending at \"" + s + "\"");
            }
            checked++;
        }
        assertTrue(checked >= 8, "CS and PL article pages checked: " + checked);
    }
}
