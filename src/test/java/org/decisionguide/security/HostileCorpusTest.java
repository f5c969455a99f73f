package org.decisionguide.security;

import org.decisionguide.Fixtures;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.model.OutputFile;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed hostile corpus (src/test/resources/hostile: 46 attacks in an article's body and front matter, and
 * a glossary entry) built into a copy of the real site: the build succeeds, reports what it refused, and no page
 * can run anything, load anything from elsewhere, or evaluate a template written in content.
 */
class HostileCorpusTest {
    @TempDir
    static Path dir;
    static BuildResult result;
    static final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path site = Fixtures.copyOfRealSite(dir);
        Files.writeString(site.resolve("content/en/articles/hostile-markup.md"), Fixtures.resource("../hostile/hostile-markup.md"));
        Files.writeString(site.resolve("glossary/hostile-term.yaml"), Fixtures.resource("../hostile/hostile-term.yaml"));
        result = Pipeline.build(new BuildOptions(site, false, null));
        for (OutputFile f : result.files()) if (f.isHtml()) pages.put(f.path(), Jsoup.parse(f.text()));
    }

    @Test
    void theBuildSucceedsAndNamesWhatItRefused() {
        assertFalse(result.hasErrors(), result.problems().toString());
        List<String> warnings = result.problems().stream().filter(p -> p.file().toString().endsWith("hostile-markup.md"))
                .map(p -> p.format()).toList();
        assertTrue(warnings.stream().filter(w -> w.contains("is refused")).count() >= 12, String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.matches(".*hostile-markup\\.md:18: warning: raw HTML is shown as text.*")), String.join("\n", warnings));
        assertNotNull(pages.get("en/articles/hostile-markup/index.html"));
    }

    @Test
    void noPageCanRunOrLoadAnythingForeign() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document d = e.getValue();
            for (Element s : d.select("script")) {
                if (!s.attr("src").startsWith("/assets/js/") || !s.data().isBlank()) failures.add(e.getKey() + ": " + s.outerHtml());
            }
            for (String tag : List.of("iframe", "object", "embed", "base", "style", "svg script", "form[action]:not([action=#]):not([role=search][action$=/search/])", "math", "details[ontoggle]")) {
                if (!d.select(tag).isEmpty()) failures.add(e.getKey() + ": <" + tag + ">");
            }
            if (d.selectFirst("meta[http-equiv=Content-Security-Policy]") == null) failures.add(e.getKey() + ": no CSP");
            Element refresh = d.selectFirst("meta[http-equiv=refresh]");
            if (refresh != null && !refresh.attr("content").matches("0; url=/[a-z]{2}/(articles/[a-z0-9-]+|decide(/[a-z0-9-]+)*)/")) failures.add(e.getKey() + ": refresh " + refresh);
            for (Element el : d.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) failures.add(e.getKey() + ": " + name + " on <" + el.normalName() + ">");
                    if ((name.equals("href") || name.equals("src") || name.endsWith(":href") || name.equals("action") || name.equals("data"))
                            && !LinkPolicy.allowed(a.getValue())) failures.add(e.getKey() + ": " + name + "=" + a.getValue());
                }
                if (el.nameIs("img") && el.attr("src").startsWith("http")) failures.add(e.getKey() + ": external image " + el.attr("src"));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void contentIsNeverEvaluatedAsATemplateAndTextStaysText() {
        Document d = pages.get("en/articles/hostile-markup/index.html");
        String text = d.selectFirst("main").text();
        assertTrue(text.contains("${7*7}"), "template syntax in the body stays text");
        assertTrue(text.contains("<#assign x = \"freemarker.template.utility.Execute\"?new()>"), text);
        assertTrue(d.selectFirst("meta[name=description]").attr("content").contains("${7*7}"), "and in front matter");
        assertEquals("<script>alert(\"title\")</script> \"><img src=x onerror=alert(1)>", d.selectFirst("h1").text());
        assertTrue(d.selectFirst("pre code").text().contains("<script>alert(\"in code block\")</script>"));
        assertFalse(d.html().contains("<script>alert"), "nowhere as markup");
        assertTrue(d.select(".article-body a").stream().noneMatch(a -> a.text().equals("plain") || a.text().equals("tab entity")),
                "refused links are plain text");
        Document glossary = pages.get("en/glossary/index.html");
        Element term = glossary.getElementById("hostile-term");
        assertNotNull(term);
        assertTrue(term.text().contains("<script>alert(1)</script>"), "the hostile term is shown as text");
    }
}
