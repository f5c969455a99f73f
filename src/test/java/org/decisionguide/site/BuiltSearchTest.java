package org.decisionguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.search.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page, its A–Z list and the index the build writes beside it (the real site, and with a newcomer's article). */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltSearchTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    private static final List<String> LANGS = List.of("en", "cs", "pl");
    private static final Map<String, OutputFile> files = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        BuildResult result = under.build().result();
        assertFalse(result.hasErrors(), result.problems().toString());
        files.clear();
        result.files().forEach(f -> files.put(f.path(), f));
    }

    private static Document page(String path) {
        return Jsoup.parse(files.get(path).text());
    }

    private static JsonNode index(String lang) throws Exception {
        return JSON.readTree(files.get(lang + "/search/index.json").bytes());
    }

    /** Word form → stem id, as the browser reads it. */
    private static Map<String, Integer> forms(JsonNode index) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < index.get("words").size(); i++) {
            for (String f : index.get("words").get(i).asText().split(" ")) out.put(f, i);
        }
        // With "fold", the browser adds each form's spelling without diacritics where the map has none (search.js).
        if (index.has("fold")) {
            for (int i = 0; i < index.get("words").size(); i++) {
                for (String f : index.get("words").get(i).asText().split(" ")) {
                    String g = java.text.Normalizer.normalize(f, java.text.Normalizer.Form.NFD)
                            .replaceAll("[\u0300-\u036f]", "").replace("ł", "l");
                    if (!g.equals(f)) out.putIfAbsent(g, i);
                }
            }
        }
        return out;
    }

    @Test
    void theAtoZListsEveryArticleTermOutcomeAndTheChecklistOnceAndTheIndexHoldsExactlyThose() throws Exception {
        for (String lang : LANGS) {
            Document search = page(lang + "/search/index.html");
            List<String> keys = search.select("#az a[data-key]").eachAttr("data-key");
            assertEquals(keys.size(), new TreeSet<>(keys).size(), lang + ": every page once");
            long articles = files.keySet().stream().filter(p -> p.startsWith(lang + "/articles/") && p.endsWith("/index.html"))
                    .filter(p -> !files.get(p).text().contains("http-equiv=\"refresh\"")).count(); // redirects are not articles
            assertEquals(articles, keys.stream().filter(k -> k.startsWith("article:")).count(), lang + ": every article page");
            assertEquals(page(lang + "/glossary/index.html").select("dl.glossary .entry[id]").size(),
                    keys.stream().filter(k -> k.startsWith("term:")).count(), lang + ": every glossary term");
            Set<String> outcomes = new TreeSet<>();
            files.keySet().stream().filter(p -> p.startsWith(lang + "/decide/") && p.endsWith("index.html"))
                    .map(BuiltSearchTest::page).filter(d -> d.selectFirst(".recommendation") != null)
                    .forEach(d -> outcomes.add(d.selectFirst("#decide").attr("data-node")));
            assertFalse(outcomes.isEmpty());
            assertEquals(outcomes, new TreeSet<>(keys.stream().filter(k -> k.startsWith("outcome:")).map(k -> k.substring(8)).toList()),
                    lang + ": every outcome once, however many paths lead to it");
            assertTrue(keys.contains("checklist"));
            for (String href : search.select("#az a[data-key]").eachAttr("href")) {
                String path = href.replaceFirst("#.*", "").substring(1) + "index.html";
                assertNotNull(files.get(path), lang + ": the A–Z links a built page: " + href);
            }
            List<String> indexed = new ArrayList<>();
            index(lang).get("docs").forEach(d -> indexed.add(d.get("i").asText()));
            assertEquals(keys, indexed, lang + ": the index holds exactly what the A–Z lists");
        }
    }

    @Test
    void everyWordOfEveryIndexedTextIsInTheWordMapSoTheBrowserNeverStems() throws Exception {
        for (String lang : LANGS) {
            JsonNode index = index(lang);
            Map<String, Integer> forms = forms(index);
            List<String> missing = new ArrayList<>();
            for (JsonNode d : index.get("docs")) {
                List<String> texts = new ArrayList<>(List.of(d.get("t").asText(), d.path("v").asText()));
                for (String f : List.of("n", "h", "b")) d.path(f).forEach(x -> texts.add(x.asText()));
                for (String t : texts) for (String w : Words.of(t)) if (!forms.containsKey(w)) missing.add(w);
            }
            assertEquals(List.of(), missing, lang);
            assertTrue(forms.size() > 1000, lang + ": " + forms.size() + " forms");
        }
    }

    @Test
    void inflectedFormsAndSpellingsWithoutDiacriticsMeetOnOneStem() throws Exception {
        Map<String, List<List<String>>> same = Map.of(
                "cs", List.of(List.of("evaluační", "evaluačních", "evaluacni"), List.of("sada", "sadu", "sadou", "sady"),
                        List.of("modelu", "modely", "modelem"), List.of("dolaďování", "doladovani")),
                "pl", List.of(List.of("zbiór", "zbioru", "zbiorze", "zbior"), List.of("modelu", "modele", "modeli"),
                        List.of("wyszukiwanie", "wyszukiwania")),
                "en", List.of(List.of("model", "models"), List.of("evals", "eval")));
        for (String lang : LANGS) {
            Map<String, Integer> forms = forms(index(lang));
            for (List<String> group : same.get(lang)) {
                Set<Integer> ids = new TreeSet<>();
                for (String w : group) {
                    assertNotNull(forms.get(w), lang + ": the corpus form " + w + " is in the map");
                    ids.add(forms.get(w));
                }
                assertEquals(1, ids.size(), lang + ": " + group + " share one stem");
            }
            assertNotNull(index(lang).get("stop"));
        }
    }

    @Test
    void everyPageButTheSearchPageHasAHeaderSearchFormThatSubmitsToItsLanguagesSearch() {
        int checked = 0;
        for (OutputFile f : files.values()) {
            if (!f.isHtml() || f.path().contains("/search/")) continue;
            Document d = Jsoup.parse(f.text());
            if (d.selectFirst("meta[http-equiv=refresh]") != null) continue; // a redirect stub
            String lang = d.selectFirst("html").attr("lang");
            var form = d.selectFirst("header form[role=search]");
            assertNotNull(form, f.path());
            assertEquals("/" + lang + "/search/", form.attr("action"), f.path());
            assertEquals("get", form.attr("method"));
            assertNotNull(form.selectFirst("input[type=search][name=q]"), f.path());
            assertNotNull(d.selectFirst("label[for=site-search-q]"), f.path());
            checked++;
        }
        assertTrue(checked > 100, "checked " + checked);
        for (String lang : LANGS) {
            Document d = page(lang + "/search/index.html");
            assertEquals(1, d.select("form[role=search]").size(), lang + ": one search form on the search page");
            assertNotNull(d.selectFirst("#search-status[role=status]"));
        }
    }
}
