package org.decisionguide.search;

import org.decisionguide.Fixtures;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Site;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's search stage reads again only the pages whose bytes changed, and writes again only the
 * indexes of languages whose pages changed, with the same bytes a full build writes (real site).
 */
class SearchIndexReuseTest {
    private static final Set<String> SEARCH_PAGES = Set.of("en/search/index.html", "cs/search/index.html", "pl/search/index.html");
    private static final String ARTICLE = "en/articles/evals-first/index.html";

    private static Site site;
    private static List<OutputFile> pages;

    @BeforeAll
    static void build() {
        BuildResult result = Pipeline.build(new BuildOptions(Fixtures.repoRoot(), true, null).on(Fixtures.TODAY));
        assertFalse(result.hasErrors(), result.problems().toString());
        pages = result.files().stream().filter(OutputFile::isHtml).toList();
        site = new SiteLoader(Fixtures.repoRoot()).load().value();
    }

    @Test
    void aRebuildOfUnchangedPagesParsesOnlyTheSearchPagesAndKeepsEveryIndex() {
        SearchIndex.Built first = SearchIndex.build(site, pages, site.config().basePath());
        assertTrue(first.parsed().size() > 50, "a full build reads every listed page: " + first.parsed().size());
        SearchIndex.Built again = SearchIndex.build(site, pages, site.config().basePath(), first.read());
        assertEquals(SEARCH_PAGES, again.parsed().keySet());
        for (int i = 0; i < first.files().size(); i++) assertSame(first.files().get(i).bytes(), again.files().get(i).bytes());
    }

    @Test
    void anEditedPageIsReadAgainAndOnlyItsLanguagesIndexIsWrittenAgainAsAFullBuildWouldWriteIt() {
        SearchIndex.Built first = SearchIndex.build(site, pages, site.config().basePath());
        String marker = "zzqmarkerword";
        List<OutputFile> edited = new ArrayList<>();
        for (OutputFile f : pages) {
            if (!f.path().equals(ARTICLE)) {
                edited.add(f);
                continue;
            }
            String html = f.text();
            int p = html.indexOf("<p>", html.indexOf("article-body"));
            assertTrue(p > 0, "the article has a body paragraph");
            edited.add(new OutputFile(f.path(), (html.substring(0, p + 3) + marker + " " + html.substring(p + 3)).getBytes(StandardCharsets.UTF_8)));
        }
        SearchIndex.Built again = SearchIndex.build(site, edited, site.config().basePath(), first.read());
        Set<String> reread = new java.util.TreeSet<>(SEARCH_PAGES);
        reread.add(ARTICLE);
        assertEquals(reread, again.parsed().keySet());

        Map<String, byte[]> before = byPath(first.files()), after = byPath(again.files());
        assertTrue(new String(after.get("en/search/index.json"), StandardCharsets.UTF_8).contains(marker));
        assertNotEquals(new String(before.get("en/search/index.json"), StandardCharsets.UTF_8), new String(after.get("en/search/index.json"), StandardCharsets.UTF_8));
        assertSame(before.get("cs/search/index.json"), after.get("cs/search/index.json"));
        assertSame(before.get("pl/search/index.json"), after.get("pl/search/index.json"));
        Map<String, byte[]> full = byPath(SearchIndex.build(site, edited, site.config().basePath()).files());
        full.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        files.forEach(f -> m.put(f.path(), f.bytes()));
        return m;
    }
}
