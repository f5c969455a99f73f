package org.decisionguide.load;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Front-matter and site.yaml values with a rule of their own: the shape, the review interval, the old addresses. */
class FrontMatterRulesTest {
    private static final Path FILE = Path.of("content/en/articles/a.md");

    private static Result<Article> parse(String extraFrontMatter) {
        return ArticleParser.parse(FILE, "en", "a", Fixtures.articleText(extraFrontMatter, "Body.\n"));
    }

    @Test
    void frontMatterThatIsNotAMapSaysWhatItFound() {
        Result<Article> r = ArticleParser.parse(FILE, "en", "a", "---\n- title\n- date\n---\nBody.\n");
        assertNull(r.value());
        assertEquals(List.of("content/en/articles/a.md:2: the front matter must be a map of fields, not a list"
                + " — write one `key: value` per line (title, date, summary, verdict, source)"), r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aReviewIntervalIsAtLeastOneDay() {
        Result<Article> zero = parse("review_interval_days: 0\n");
        assertNull(zero.value());
        assertEquals(List.of("content/en/articles/a.md:10: review_interval_days must be at least 1 day, not 0"
                + " — write how many days a review of this article's facts holds, e.g. `review_interval_days: 90`"),
                zero.problems().stream().map(Problem::format).toList());
        assertEquals(List.of(), parse("review_interval_days: 1\n").problems(), "one day is a (short) interval");
    }

    @Test
    void anAliasMustBeAnOldAddressOfTheSite() {
        Result<Article> r = parse("aliases:\n  - /en/articles/old-name/\n  - https://example.org/old/\n  - /en/articles/no-slash\n");
        assertNull(r.value());
        assertEquals(List.of(
                "content/en/articles/a.md:12: alias \"https://example.org/old/\" is not an old address of this site"
                        + " — write the old path as it appeared, e.g. /en/articles/old-slug/ (with the slashes)",
                "content/en/articles/a.md:13: alias \"/en/articles/no-slash\" is not an old address of this site"
                        + " — write the old path as it appeared, e.g. /en/articles/old-slug/ (with the slashes)"),
                r.problems().stream().map(Problem::format).toList());
        assertEquals(List.of("/en/articles/old-name/"), parse("aliases: [/en/articles/old-name/]\n").value().meta().aliases());
    }

    @Test
    void theSitesReviewIntervalIsAtLeastOneDay() {
        String site = "base_url: https://example.org\nsource_language: en\nlanguages:\n  - {code: en, name: English, title: Guide}\n";
        Result<SiteConfig> zero = SiteConfigParser.parse(site + "review_interval_days: 0\n");
        assertNull(zero.value());
        assertEquals(List.of("site.yaml:5: review_interval_days must be at least 1 day, not 0"
                + " — write how many days a review of an article's facts holds, e.g. `review_interval_days: 180`"),
                zero.problems().stream().map(Problem::format).toList());
        assertEquals(List.of(), SiteConfigParser.parse(site + "review_interval_days: 1\n").problems());
    }
}
