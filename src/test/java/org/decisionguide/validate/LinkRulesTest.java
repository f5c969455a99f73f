package org.decisionguide.validate;

import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.decisionguide.Fixtures.article;
import static org.decisionguide.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Link rules the other tests leave out: images from other sites, links in no accepted form, links to untranslated articles. */
class LinkRulesTest {
    private static final Path A = Path.of("content/en/articles/a.md");

    @Test
    void anImageFromAnotherSiteIsAnErrorAtItsLineButALinkThereIsFine() {
        Site s = site(false, article("en", "a", "", "Intro.\n\n![chart](https://example.org/c.png) ![old](HTTP://example.org/c.png)\n\n"
                + "![local](/assets/c.png) [source](https://example.org/c.png)\n"));
        List<Problem> p = LinkRules.check(s);
        assertEquals(List.of(
                Problem.error(A, 13, "image \"https://example.org/c.png\" would be loaded from another site",
                        "download it into assets/ and link it as /assets/<file>: the site makes no third-party requests"),
                Problem.error(A, 13, "image \"HTTP://example.org/c.png\" would be loaded from another site",
                        "download it into assets/ and link it as /assets/<file>: the site makes no third-party requests")), p);
    }

    @Test
    void aLinkToAMarkdownFileInNoAcceptedFormIsAnError() {
        List<Problem> p = LinkRules.check(site(false, article("en", "a", "", "[x](docs/other.md) [y](../../cs/other.md)\n")));
        assertEquals(List.of("link \"docs/other.md\" is not a link to an article", "link \"../../cs/other.md\" is not a link to an article"),
                p.stream().map(Problem::message).toList());
        assertEquals("write `other-id.md` (same language) or `../../cs/articles/other-id.md` (another language)", p.get(0).fix());
        assertEquals(11, p.get(0).line());
    }

    @Test
    void aLinkToAnArticleNotYetTranslatedFollowsTheTranslationPolicy() {
        String body = "Viz [b](b.md).\n";
        Problem lax = LinkRules.check(site(false, article("en", "b", "", "B.\n"), article("cs", "a", "", body))).get(0);
        assertEquals(new Problem(Path.of("content/cs/articles/a.md"), 11, Severity.WARNING,
                "missing translation: link to \"b\", which has no cs version yet (readers get the en original with a notice)",
                "translate content/en/articles/b.md into content/cs/articles/b.md"), lax);
        Problem strict = LinkRules.check(site(true, article("en", "b", "", "B.\n"), article("cs", "a", "", body))).get(0);
        assertEquals(Severity.ERROR, strict.severity());
    }

    @Test
    void aLinkToAMissingArticleWithNothingCloseSaysHowLinksAreWritten() {
        Problem p = LinkRules.check(site(false, article("en", "a", "", "[x](quantum-physics.md)\n"))).get(0);
        assertEquals("link to a missing article: quantum-physics.md (no content/en/articles/quantum-physics.md)", p.message());
        assertEquals("check the file name; links name the article's file, e.g. evals-first.md", p.fix());
    }
}
