package org.decisionguide.check;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Links an article's Markdown writes as site addresses, checked against a small built site held in memory (the
 * facts the check stage reads from each page): each problem is reported once, at the Markdown file and line, with
 * the message and fix a contributor reads; a valid link is not reported. The same mistakes made in a whole site are
 * in {@code ContributorMistakesTest}.
 */
class SourceLinksTest {

    private static final String EN_PLAN = "thirty-day-plan";
    private static final String EN_EVALS = "evals-first";

    /** A built page as the check stage read it: its path, language and element ids. */
    private static PageFacts page(String path, String lang, String... ids) {
        return new PageFacts(path, lang, Set.of(ids), Map.of(), List.of(), null, 0, 1, false, List.of());
    }

    /** The built site: en and cs pages of the two English articles, a glossary in en and pl, one image. */
    private static Map<String, PageFacts> pages() {
        Map<String, PageFacts> pages = new LinkedHashMap<>();
        for (PageFacts p : List.of(
                page("en/articles/thirty-day-plan/index.html", "en", "main", "day-one"),
                page("en/articles/evals-first/index.html", "en", "main", "demo"),
                page("cs/articles/nejdriv-evaly/index.html", "cs", "main", "demo-neni-eval"),
                page("en/glossary/index.html", "en", "main", "rag"),
                page("pl/glossary/index.html", "pl", "main", "rag"),
                page("en/search/index.html", "en", "main"))) {
            pages.put(p.path(), p);
        }
        return pages;
    }

    private static Set<String> files(Map<String, PageFacts> pages, String... more) {
        Set<String> files = new HashSet<>(pages.keySet());
        files.addAll(List.of(more));
        return files;
    }

    private static Article en(String id, String body) {
        return Fixtures.article("en", id, "", body);
    }

    private static List<Problem> check(Site site, Map<String, PageFacts> pages, Set<String> files) {
        return new SourceLinks(site, new PageReader(site.config(), Path.of("public"))).check(pages, files);
    }

    /** The problems as a contributor reads them: {@code file:line: message — fix}. */
    private static List<String> formatted(Article from, String body, Article... others) {
        List<Article> all = new ArrayList<>(List.of(others));
        all.add(0, from);
        Map<String, PageFacts> pages = pages();
        return check(Fixtures.site(false, all.toArray(Article[]::new)), pages, files(pages, "assets/img/graph.png", "assets/css/site.css"))
                .stream().map(Problem::format).toList();
    }

    /** The 1-based line of {@code needle} in the article file {@link Fixtures#articleText} makes of {@code body}. */
    private static int line(String body, String needle) {
        return line("", body, needle);
    }

    private static int line(String extraFrontMatter, String body, String needle) {
        String text = Fixtures.articleText(extraFrontMatter, body);
        int at = text.indexOf(needle);
        if (at < 0) throw new IllegalArgumentException(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void validLinksOfEveryKindAreNotReported() {
        String body = "Intro.\n\n"
                + "See [the plan](/en/articles/thirty-day-plan/) and [day one](/en/articles/thirty-day-plan/#day-one).\n"
                + "Also [by file](thirty-day-plan.md), [a heading](#intro), [the glossary](/en/glossary/#rag).\n"
                + "Absolute: [ours](https://guide.example.org/en/articles/thirty-day-plan/), [theirs](https://example.org/nope/),\n"
                + "[mail](mailto:someone@example.org), [search](../../search/), and a relative [sibling](../thirty-day-plan/).\n\n"
                + "![Graph](/assets/img/graph.png)\n";
        assertEquals(List.of(), formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void aMisspeltArticleAddressIsReportedAtItsLineWithTheArticleFileItMeant() {
        String body = "Intro.\n\nSee [the old plan](/en/articles/thirty-day-plna/) first.\n";
        assertEquals(List.of("content/en/articles/evals-first.md:" + line(body, "[the old plan]")
                        + ": link to a page the site does not have: /en/articles/thirty-day-plna/ — did you mean thirty-day-plan.md?"
                        + " Link to the article's file: the build turns it into the address and checks it"),
                formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void anAddressOfNoArticleAtAllSuggestsLinkingByFile() {
        String body = "Intro.\n\nA [broken link](/en/articles/quantum-widgets/).\n";
        assertEquals(List.of("content/en/articles/evals-first.md:" + line(body, "[broken link]")
                        + ": link to a page the site does not have: /en/articles/quantum-widgets/ — link to the article's file instead,"
                        + " `other-id.md`: the build turns it into the address and checks it"),
                formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void aCzechArticleMisspellingALocalizedSlugIsToldTheFileOfTheArticle() {
        Article csEvals = Fixtures.article("cs", EN_EVALS, "slug: nejdriv-evaly\n", "Text.\n");
        String body = "Úvod.\n\nViz [evaly](/cs/articles/nejdriv-evlay/) a [plán](/en/articles/thirty-day-plna/).\n";
        Article from = Fixtures.article("cs", "context", "", body);
        Map<String, PageFacts> pages = pages();
        pages.put("cs/articles/context/index.html", page("cs/articles/context/index.html", "cs", "main"));
        List<String> got = check(Fixtures.site(false, from, csEvals, en(EN_PLAN, "Body.\n"), en(EN_EVALS, "Body.\n")), pages, files(pages))
                .stream().map(Problem::format).toList();
        int l = line(body, "[evaly]");
        assertEquals(List.of(
                "content/cs/articles/context.md:" + l + ": link to a page the site does not have: /cs/articles/nejdriv-evlay/ — did you mean"
                        + " evals-first.md? Link to the article's file: the build turns it into the address and checks it",
                "content/cs/articles/context.md:" + l + ": link to a page the site does not have: /en/articles/thirty-day-plna/ — did you mean"
                        + " ../../en/articles/thirty-day-plan.md? Link to the article's file: the build turns it into the address and checks it"),
                got);
    }

    @Test
    void anAddressInALanguageWithoutArticlesIsCheckedAgainstTheOriginals() {
        String body = "Intro.\n\n[Polish plan](/pl/articles/thirty-day-plna/) and [Polish other](/pl/articles/zzzzzz/).\n";
        int l = line(body, "[Polish plan]");
        assertEquals(List.of(
                "content/en/articles/evals-first.md:" + l + ": link to a page the site does not have: /pl/articles/thirty-day-plna/ — did you mean"
                        + " ../../pl/articles/thirty-day-plan.md? Link to the article's file: the build turns it into the address and checks it",
                "content/en/articles/evals-first.md:" + l + ": link to a page the site does not have: /pl/articles/zzzzzz/ — link to the"
                        + " article's file instead, `../../pl/articles/other-id.md`: the build turns it into the address and checks it"),
                formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void anAddressOutsideTheArticlesOrInAnUnknownLanguageNamesTheMissingFile() {
        String body = "Intro.\n\n[German](/de/articles/thirty-day-plan/)\n\n[tags](/en/tagz/)\n\n"
                + "[ours, absolute](https://guide.example.org/en/articles/nothing-like-it/)\n";
        assertEquals(List.of(
                "content/en/articles/evals-first.md:" + line(body, "[German]") + ": link to a page the site does not have:"
                        + " /de/articles/thirty-day-plan/ (no de/articles/thirty-day-plan/index.html in the built site) — check the address;"
                        + " link articles by their file (`other-id.md`) and files in assets/ as /assets/<path>",
                "content/en/articles/evals-first.md:" + line(body, "[tags]") + ": link to a page the site does not have:"
                        + " /en/tagz/ (no en/tagz/index.html in the built site) — check the address;"
                        + " link articles by their file (`other-id.md`) and files in assets/ as /assets/<path>",
                "content/en/articles/evals-first.md:" + line(body, "[ours, absolute]") + ": link to a page the site does not have:"
                        + " https://guide.example.org/en/articles/nothing-like-it/ — link to the article's file instead, `other-id.md`:"
                        + " the build turns it into the address and checks it"),
                formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void aMissingImageSaysWhereImagesGoOrWhichFileWasMeant() {
        String body = "Intro.\n\n![Chart](/assets/img/chart-missing-entirely.png)\n\n![Graph](/assets/img/grpah.png)\n\n"
                + "[the slides](/assets/talk.pdf)\n\n![Local](chart.png)\n";
        assertEquals(List.of(
                "content/en/articles/evals-first.md:" + line(body, "![Chart]") + ": image /assets/img/chart-missing-entirely.png does not exist"
                        + " (no assets/img/chart-missing-entirely.png) — put the file in assets/ (images in assets/img/) and link it as /assets/img/<file>",
                "content/en/articles/evals-first.md:" + line(body, "![Graph]") + ": image /assets/img/grpah.png does not exist"
                        + " (no assets/img/grpah.png) — did you mean /assets/img/graph.png? Files in assets/ are linked as /assets/<path>",
                "content/en/articles/evals-first.md:" + line(body, "[the slides]") + ": file /assets/talk.pdf does not exist"
                        + " (no assets/talk.pdf) — put the file in assets/ (images in assets/img/) and link it as /assets/img/<file>",
                "content/en/articles/evals-first.md:" + line(body, "![Local]") + ": image chart.png does not exist"
                        + " (no assets/chart.png) — put the file in assets/ (images in assets/img/) and link it as /assets/img/<file>"),
                formatted(en(EN_EVALS, body), body));
    }

    @Test
    void aCzechArticleLinkingToAnEnglishArticleByAddressIsToldBothFileLinks() {
        String body = "Úvod.\n\nViz také [anglický originál](/en/articles/thirty-day-plan/).\n";
        Article from = Fixtures.article("cs", EN_EVALS, "slug: nejdriv-evaly\n", body);
        Map<String, PageFacts> pages = pages();
        List<String> got = check(Fixtures.site(false, from, en(EN_PLAN, "Body.\n"), en(EN_EVALS, "Body.\n")), pages, files(pages))
                .stream().map(Problem::format).toList();
        assertEquals(List.of("content/cs/articles/evals-first.md:" + line("slug: nejdriv-evaly\n", body, "[anglický originál]")
                + ": a cs article links to the en page /en/articles/thirty-day-plan/ — write `thirty-day-plan.md` to link the cs version"
                + " (readers get a fallback until it is translated); to send readers to the en page on purpose, write"
                + " `../../en/articles/thirty-day-plan.md`"), got);
    }

    @Test
    void aPolishArticleLinkingToAnotherLanguagesPageIsToldItsOwnPageWhenThereIsOne() {
        String body = "Wstęp.\n\n[Słownik](/en/glossary/#rag) i [szukaj](/en/search/).\n";
        Article from = Fixtures.article("pl", "notes", "", body);
        Map<String, PageFacts> pages = pages();
        pages.put("pl/articles/notes/index.html", page("pl/articles/notes/index.html", "pl", "main"));
        List<String> got = check(Fixtures.site(false, from, en(EN_PLAN, "Body.\n")), pages, files(pages))
                .stream().map(Problem::format).toList();
        int l = line(body, "[Słownik]");
        assertEquals(List.of(
                "content/pl/articles/notes.md:" + l + ": a pl article links to the en page /en/glossary/#rag — link to the pl page, /pl/glossary/",
                "content/pl/articles/notes.md:" + l + ": a pl article links to the en page /en/search/ — link to a page in pl,"
                        + " or to an article by its file (`other-id.md`)"),
                got);
    }

    @Test
    void aPolishArticlesImageFromTheSharedAssetsFolderIsValid() {
        String body = "Intro.\n\n![Graph](/assets/img/graph.png)\n";
        Article from = Fixtures.article("pl", "notes", "", body);
        Map<String, PageFacts> pages = pages();
        pages.put("pl/articles/notes/index.html", page("pl/articles/notes/index.html", "pl", "main"));
        assertEquals(List.of(), check(Fixtures.site(false, from), pages, files(pages, "assets/img/graph.png")));
    }

    @Test
    void aFragmentThePageDoesNotHaveIsReportedWithHowToLinkAHeading() {
        String body = "Intro.\n\n[day zero](/en/articles/thirty-day-plan/#day-zero)\n\n[term](/en/glossary/#llm)\n\n"
                + "[absolute](https://guide.example.org/en/articles/thirty-day-plan/#day-two)\n";
        assertEquals(List.of(
                "content/en/articles/evals-first.md:" + line(body, "[day zero]") + ": link /en/articles/thirty-day-plan/#day-zero names #day-zero,"
                        + " which /en/articles/thirty-day-plan/ does not have — write the link to the article's file,"
                        + " `thirty-day-plan.md#<heading>`, so the build checks the heading",
                "content/en/articles/evals-first.md:" + line(body, "[term]") + ": link /en/glossary/#llm names #llm,"
                        + " which /en/glossary/ does not have — link to an id that page has, or drop the #llm",
                "content/en/articles/evals-first.md:" + line(body, "[absolute]") + ": link https://guide.example.org/en/articles/thirty-day-plan/#day-two"
                        + " names #day-two, which /en/articles/thirty-day-plan/ does not have — write the link to the article's file,"
                        + " `thirty-day-plan.md#<heading>`, so the build checks the heading"),
                formatted(en(EN_EVALS, body), body, en(EN_PLAN, "Body.\n")));
    }

    @Test
    void aBrokenLinkIsReportedOnceNotForTheScaffoldDisplacedOrUnbuiltCopiesOfTheText() {
        String body = "Intro.\n\n[broken](/en/articles/quantum-widgets/)\n";
        Article original = en(EN_EVALS, body);
        // The Polish scaffold (a copy of the English text, not published), a newer English article taking the same
        // slug (not built), and a draft without a page: none of them has a page of its own that shows the link.
        Article scaffold = Fixtures.article("pl", EN_EVALS, "needs_translation: true\n", body);
        Article displaced = Fixtures.article("en", "evals-second", "slug: evals-first\n", body);
        Article draft = Fixtures.article("en", "draft-notes", "draft: true\n", body);
        Map<String, PageFacts> pages = pages();
        pages.put("pl/articles/evals-first/index.html", page("pl/articles/evals-first/index.html", "en", "main"));
        List<String> got = check(Fixtures.site(false, original, scaffold, displaced, draft), pages, files(pages))
                .stream().map(Problem::format).toList();
        assertEquals(List.of("content/en/articles/evals-first.md:" + line(body, "[broken]")
                + ": link to a page the site does not have: /en/articles/quantum-widgets/ — link to the article's file instead,"
                + " `other-id.md`: the build turns it into the address and checks it"), got);
    }

    @Test
    void underABasePathAnAddressWithoutItIsReportedAndAssetsAreNamedWithIt() {
        String body = "Intro.\n\n[plan](/en/articles/thirty-day-plan/) and [plan](/guide/en/articles/thirty-day-plan/).\n\n"
                + "![Graph](/guide/assets/img/grpah.png)\n\n[plna](/guide/en/articles/thirty-day-plna/)\n";
        Article from = en(EN_EVALS, body);
        Site site = Fixtures.site(false, from, en(EN_PLAN, "Body.\n"));
        site = site.withConfig(site.config().withBaseUrl("https://guide.example.org/guide"));
        Map<String, PageFacts> pages = pages();
        List<String> got = check(site, pages, files(pages, "assets/img/graph.png")).stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/en/articles/evals-first.md:" + line(body, "[plan]") + ": link to a page the site does not have:"
                        + " /en/articles/thirty-day-plan/ — check the address; link articles by their file (`other-id.md`)"
                        + " and files in assets/ as /guide/assets/<path>",
                "content/en/articles/evals-first.md:" + line(body, "![Graph]") + ": image /guide/assets/img/grpah.png does not exist"
                        + " (no assets/img/grpah.png) — did you mean /guide/assets/img/graph.png? Files in assets/ are linked as /guide/assets/<path>",
                "content/en/articles/evals-first.md:" + line(body, "[plna]") + ": link to a page the site does not have:"
                        + " /guide/en/articles/thirty-day-plna/ — did you mean thirty-day-plan.md? Link to the article's file:"
                        + " the build turns it into the address and checks it"),
                got);
    }
}
