package org.decisionguide.site;

import org.decisionguide.Fixtures;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist page as a reader without JavaScript gets it, in every language. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.decisionguide.site.Sites#all")
class BuiltChecklistTest {
    /** The site this run checks; {@code build} receives the same value before the run's tests. */
    @org.junit.jupiter.params.Parameter
    Sites.SiteUnderTest under;

    private static final Map<String, Document> pages = new HashMap<>();
    private static final Map<String, String> files = new HashMap<>();

    private static Fixtures.BuiltSite site;

    @BeforeParameterizedClassInvocation
    static void build(Sites.SiteUnderTest under) {
        site = under.build();
        files.clear();
        pages.clear();
        files.putAll(site.text());
        pages.putAll(site.pages());
    }

    private static Document checklist(String lang) {
        Document d = pages.get(lang + "/checklist/index.html");
        assertNotNull(d, lang);
        return d;
    }

    @Test
    void isARealFormOfLabelledCheckboxesInFieldsets() {
        for (String lang : List.of("en", "cs", "pl")) {
            Document d = checklist(lang);
            List<Element> boxes = d.select("form#checklist input[type=checkbox]");
            assertEquals(site.model().checklist().items().size(), boxes.size(), lang + ": every item of the checklist, once");
            for (Element box : boxes) {
                Element label = d.selectFirst("label[for=" + box.id() + "]");
                assertNotNull(label, lang + ": label for " + box.id());
                assertFalse(label.text().isBlank());
                assertEquals("fieldset", box.closest("fieldset").normalName());
                Element why = d.getElementById(box.attr("aria-describedby"));
                assertNotNull(why, "why it matters, tied to the box");
                assertFalse(why.select("a").isEmpty(), lang + ": " + box.id() + " links to what explains it");
            }
            for (Element fs : d.select("fieldset")) assertFalse(fs.selectFirst("legend").text().isBlank());
            long musts = site.model().checklist().items().stream().filter(i -> i.must()).count();
            assertTrue(musts > 0, "the checklist has must-haves");
            assertEquals(musts, d.select("input[data-must]").size(), lang + ": the must-haves are marked");
        }
    }

    @Test
    void theThreeLanguagesHaveTheSameItemsInTheSameOrder() {
        List<String> en = checklist("en").select("input[name=item]").eachAttr("value");
        assertEquals(en, checklist("cs").select("input[name=item]").eachAttr("value"));
        assertEquals(en, checklist("pl").select("input[name=item]").eachAttr("value"));
        assertEquals(checklist("en").select("input[data-must]").eachAttr("value"), checklist("pl").select("input[data-must]").eachAttr("value"));
    }

    @Test
    void progressCountsWithoutJavaScriptAndTheResultIsHonest() {
        Document d = checklist("cs");
        Element progress = d.selectFirst(".progress-static");
        assertNotNull(progress.selectFirst(".progress-ticked"), "CSS counter target for ticked boxes");
        assertNotNull(progress.selectFirst(".progress-must"), "CSS counter target for must-haves");
        assertTrue(progress.text().contains("/" + d.select("input[name=item]").size()), progress.text());
        Element last = d.select("form#checklist input[type=checkbox]").last();
        assertTrue(last.siblingIndex() >= 0 && d.select("form#checklist *").indexOf(progress) > d.select("form#checklist *").indexOf(last),
                "the counter comes after every box (CSS counters only count what precedes them)");
        String verdict = d.selectFirst("#checklist-verdict").text();
        int musts = d.select("input[data-must]").size();
        assertTrue(verdict.contains("ne posoudit") && verdict.contains("všech " + musts + " nutných položek"),
                "honest about what a static page can say, with the real count in Czech: " + verdict);
        assertTrue(d.selectFirst("#checklist-actions").hasAttr("hidden"), "script-only buttons are hidden without it");
        assertEquals("/cs/decide/", d.selectFirst("#checklist-decide").attr("href"),
                "without the script the page cannot read the ticks, so it links to the tree's first question");
        assertTrue(d.selectFirst("#checklist-tree-note").text().contains("Bez JavaScriptu"), "and says why");
        assertEquals("/decide/tree.json", d.selectFirst("form#checklist").attr("data-tree"), "the script's map of the tree");
    }

    @Test
    void markdownVersionListsEveryItemWithABox() {
        String md = files.get("pl/checklist/checklist.md");
        assertNotNull(md);
        assertEquals(checklist("pl").select("input[name=item]").size(), md.lines().filter(l -> l.startsWith("- [ ] ")).count());
        assertTrue(md.startsWith("# "));
    }
}
