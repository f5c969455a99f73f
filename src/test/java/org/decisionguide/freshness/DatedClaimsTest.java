package org.decisionguide.freshness;

import org.decisionguide.load.ArticleParser;
import org.decisionguide.model.Article;
import org.decisionguide.model.Claim;
import org.decisionguide.model.Freshness;
import org.decisionguide.model.FreshnessPolicy;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SectionHashes;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.decisionguide.validate.FreshnessRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.decisionguide.Fixtures.article;
import static org.decisionguide.Fixtures.articleText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dated-claim syntax and review dates, read and checked without the file system. */
class DatedClaimsTest {

    private static final String EN = "Intro.\n\nProvider X [offers *hosted* tuning of\n[model Y](https://example.org/y)]{as-of=2026-12-02 valid=90d}"
            + " and [costs 5 USD an hour]{as-of=2026-11-01 until=2027-01-14}.\n\nIn code `[a]{as-of=2000-01-01}` it is text.\n";
    private static final String CS = "Úvod.\n\nPoskytovatel X [nabízí *hostované* dolaďování\n[modelu Y](https://example.org/y)]{as-of=2026-12-02 valid=90d}"
            + " a [hodina stojí 5 USD]{as-of=2026-11-01 until=2027-01-14}.\n";
    private static final String PL = "Wstęp.\n\nDostawca X [oferuje *hostowane* dostrajanie\n[modelu Y](https://example.org/y)]{as-of=2026-12-02 valid=90d}"
            + " i [godzina kosztuje 5 USD]{as-of=2026-11-01 until=2027-01-14}.\n";

    private static Site site(LocalDate today, Article... articles) {
        Site s = org.decisionguide.Fixtures.site(false, articles);
        return s.withConfig(s.config().withFreshness(new FreshnessPolicy(180, today, false)));
    }

    @Test
    void theSyntaxReadsTheSameInAllThreeLanguages() {
        for (String[] c : List.of(new String[] {"en", EN, "offers *hosted* tuning of [model Y](https://example.org/y)", "costs 5 USD an hour"},
                new String[] {"cs", CS, "nabízí *hostované* dolaďování [modelu Y](https://example.org/y)", "hodina stojí 5 USD"},
                new String[] {"pl", PL, "oferuje *hostowane* dostrajanie [modelu Y](https://example.org/y)", "godzina kosztuje 5 USD"})) {
            List<Claim> claims = article(c[0], "a", "", c[1]).outline().claims();
            assertEquals(2, claims.size(), c[0] + ": the claim in code is not a claim");
            Claim first = claims.get(0), second = claims.get(1);
            assertEquals(c[2], first.text(), c[0]);
            assertEquals(13, first.line(), c[0] + ": the line of the opening bracket in the file");
            assertEquals(LocalDate.of(2026, 12, 2), first.asOf());
            assertEquals(Period.ofDays(90), first.valid());
            assertEquals(c[3], second.text(), c[0]);
            assertEquals(14, second.line());
            assertEquals(LocalDate.of(2027, 1, 14), second.until());
        }
    }

    @Test
    void malformedClaimsAreErrorsWithTheirLineAndTheFix() {
        String body = "One.\n\n[a]{as-of=2026-13-01} and [b]{asof=2026-12-01}\n\n[c]{as-of=2026-12-01 valid=3w} then ]{as-of=2026-12-01}\n"
                + "\n[d]{as-of=2026-12-01 valid=30d until=2027-01-01}\n";
        Result<Article> r = ArticleParser.parse(Path.of("content/en/articles/a.md"), "en", "a", articleText("", body));
        List<String> got = r.problems().stream().map(p -> p.line() + " " + p.message()).toList();
        assertEquals(List.of(
                "13 dated claim: as-of \"2026-13-01\" is not a date (YYYY-MM-DD)",
                "13 dated claim: unknown claim attribute \"asof\" (known: as-of, valid, until)",
                "15 dated claim: valid \"3w\" is not a duration such as 30d, 6m or 1y",
                "15 \"]{as-of=2026-12-01}\" has no opening [ before it in the same paragraph",
                "17 dated claim: give either valid= or until=, not both"), got);
        assertTrue(r.problems().stream().allMatch(p -> p.isError() && p.fix().contains("[the claim]{as-of=YYYY-MM-DD}")));
    }

    @Test
    void aClaimHoldsThroughItsLastDayAndExpiresTheDayAfter() {
        Claim until = article("en", "a", "", "[x]{as-of=2026-11-01 until=2027-01-14}").outline().claims().get(0);
        assertFalse(until.expired(LocalDate.of(2027, 1, 14), 180));
        assertTrue(until.expired(LocalDate.of(2027, 1, 15), 180));
        Claim days = article("en", "a", "", "[x]{as-of=2026-12-02 valid=90d}").outline().claims().get(0);
        assertEquals(LocalDate.of(2027, 3, 2), days.lastDay(180));
        assertFalse(days.expired(LocalDate.of(2027, 3, 2), 180));
        assertTrue(days.expired(LocalDate.of(2027, 3, 3), 180));
        Claim months = article("en", "a", "", "[x]{as-of=2026-08-31 valid=6m}").outline().claims().get(0);
        assertEquals(LocalDate.of(2027, 2, 28), months.lastDay(180), "six months from 31 August end on the last day of February");
        Claim year = article("en", "a", "", "[x]{as-of=2026-12-02 valid=1y}").outline().claims().get(0);
        assertEquals(LocalDate.of(2027, 12, 2), year.lastDay(180));
        Claim plain = article("en", "a", "", "[x]{as-of=2026-12-02}").outline().claims().get(0);
        assertEquals(LocalDate.of(2026, 12, 2).plusDays(30), plain.lastDay(30), "without its own validity, the article's review interval");
    }

    @Test
    void aReviewIsOverdueFromTheDayAfterItsIntervalEnds() {
        Article a = article("en", "a", "review_interval_days: 30\n", "Text.\n"); // reviewed 2026-11-25
        Freshness onDue = Freshness.of(a, a, new FreshnessPolicy(180, LocalDate.of(2026, 12, 25), false));
        assertEquals(LocalDate.of(2026, 12, 25), onDue.due());
        assertFalse(onDue.overdue());
        assertTrue(Freshness.of(a, a, new FreshnessPolicy(180, LocalDate.of(2026, 12, 26), false)).overdue());
        Article siteDefault = article("en", "b", "", "Text.\n");
        assertEquals(LocalDate.of(2027, 5, 24), Freshness.of(siteDefault, siteDefault, new FreshnessPolicy(180, LocalDate.of(2027, 5, 24), false)).due());
        assertFalse(FreshnessRules.check(site(LocalDate.of(2027, 5, 24), siteDefault)).stream().anyMatch(p -> p.message().contains("due for review")));
        List<Problem> dayAfter = FreshnessRules.check(site(LocalDate.of(2027, 5, 25), siteDefault));
        assertEquals(1, dayAfter.size(), dayAfter.toString());
        Problem p = dayAfter.get(0);
        assertEquals(Severity.WARNING, p.severity(), "time passing only warns");
        assertEquals(Path.of("content/en/articles/b.md"), p.file());
        assertEquals(4, p.line(), "the line of reviewed:");
        assertTrue(p.fix().contains("set `reviewed:`"), p.fix());
    }

    @Test
    void failOnOverdueMakesOverdueAndExpiredErrors() {
        Article a = article("en", "a", "", "[x]{as-of=2026-01-01 valid=30d}\n");
        Site s = site(LocalDate.of(2029, 12, 2), a);
        assertTrue(FreshnessRules.check(s).stream().noneMatch(Problem::isError));
        Site failing = s.withConfig(s.config().withFreshness(s.config().freshness().failingOnOverdue(true)));
        List<Problem> errors = FreshnessRules.check(failing);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(Problem::isError));
    }

    @Test
    void anExpiredClaimIsReportedOnceOnTheOriginalWithItsLine() {
        Site s = site(LocalDate.of(2027, 1, 15), article("en", "a", "", EN), translated("cs", CS), translated("pl", PL));
        List<Problem> got = FreshnessRules.check(s);
        assertEquals(1, got.size(), got.toString());
        Problem p = got.get(0);
        assertEquals("content/en/articles/a.md:14", p.file() + ":" + p.line());
        assertTrue(p.message().contains("expired on 2027-01-15") && p.message().contains("costs 5 USD an hour"), p.message());
        assertTrue(p.fix().contains("cs and pl translations"), p.fix());
    }

    @Test
    void aTranslationThatChangedAClaimsDateIsAnErrorNamingTheOriginal() {
        String redated = CS.replace("as-of=2026-11-01 until=2027-01-14", "as-of=2026-11-20 until=2027-01-14");
        Site s = site(LocalDate.of(2026, 12, 2), article("en", "a", "", EN), translated("cs", redated), translated("pl", PL));
        List<Problem> got = FreshnessRules.check(s);
        assertEquals(1, got.size(), got.toString());
        Problem p = got.get(0);
        assertTrue(p.isError());
        assertEquals("content/cs/articles/a.md:19", p.file() + ":" + p.line(), "the translation's line, below its longer front matter");
        assertTrue(p.message().contains("content/en/articles/a.md:14") && p.message().contains("{as-of=2026-11-01 until=2027-01-14}"), p.message());
    }

    @Test
    void aCurrentTranslationMustMarkTheSameClaims() {
        Site s = site(LocalDate.of(2026, 12, 2), article("en", "a", "", EN), translated("cs", "Úvod.\n\nBez údajů.\n"), translated("pl", PL));
        List<Problem> got = FreshnessRules.check(s);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).isError() && got.get(0).message().contains("has 2 dated claims, this translation 0"), got.get(0).message());
    }

    @Test
    void claimDatesAreNotInTheFingerprintButClaimTextIs() {
        Article original = article("en", "a", "", EN);
        Article redated = article("en", "a", "", EN.replace("as-of=2026-12-02 valid=90d", "as-of=2027-02-01 valid=6m"));
        Article reworded = article("en", "a", "", EN.replace("costs 5 USD", "costs 6 USD"));
        Article reviewed = ArticleParser.parse(Path.of("content/en/articles/a.md"), "en", "a",
                articleText("", EN).replace("reviewed: 2026-11-25", "reviewed: 2027-03-01")).value();
        assertEquals(SectionHashes.of(original), SectionHashes.of(redated));
        assertEquals(SectionHashes.of(original), SectionHashes.of(reviewed));
        assertEquals(List.of(SectionHashes.INTRO), SectionHashes.changed(SectionHashes.of(original), SectionHashes.of(reworded)));
    }

    @Test
    void anOriginalNeedsAReviewDateATranslationDoesNot() {
        String noReview = articleText("", "Text.\n").replace("reviewed: 2026-11-25\n", "");
        Article en = ArticleParser.parse(Path.of("content/en/articles/a.md"), "en", "a", noReview).value();
        Article cs = ArticleParser.parse(Path.of("content/cs/articles/a.md"), "cs", "a", noReview).value();
        List<Problem> got = FreshnessRules.check(site(LocalDate.of(2026, 12, 2), en, cs));
        assertEquals(1, got.size(), got.toString());
        assertEquals(Path.of("content/en/articles/a.md"), got.get(0).file());
        assertTrue(got.get(0).isError() && got.get(0).fix().contains("reviewed: YYYY-MM-DD"));
        assertNull(cs.meta().reviewed());
    }

    private static Article translated(String lang, String body) {
        Article source = article("en", "a", "", EN);
        StringBuilder fp = new StringBuilder("translated_from:\n");
        SectionHashes.of(source).forEach((k, v) -> fp.append("  ").append(k).append(": ").append(v).append('\n'));
        // The fingerprint is of the English body; a translated body differs, which is what translations do.
        return article(lang, "a", fp.toString(), body);
    }

    @Test
    void translationsHelperMakesCurrentTranslations() {
        Site s = site(LocalDate.of(2026, 12, 2), article("en", "a", "", EN), translated("cs", CS));
        assertTrue(Translations.of(s).stream().anyMatch(e -> e.lang().equals("cs") && e.state() == Translations.State.OK));
    }
}
