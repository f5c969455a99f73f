package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Claim;
import org.decisionguide.model.Freshness;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Severity;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;

import java.util.ArrayList;
import java.util.List;

/**
 * Review dates and dated claims. Every original carries {@code reviewed:}; a translation keeps its original's
 * claims with the same dates. Overdue reviews and expired claims are warnings on the original's file (errors only
 * when the build is asked to fail on them, as the scheduled job does), so time passing never fails a pull request.
 */
public final class FreshnessRules {

    private FreshnessRules() {}

    public static List<Problem> check(Site site) {
        List<Problem> out = new ArrayList<>();
        Severity due = site.config().freshness().failOnOverdue() ? Severity.ERROR : Severity.WARNING;
        for (Translations.Entry e : Translations.of(site)) {
            Article s = e.source();
            if (e.state() == Translations.State.SOURCE) {
                original(site, e, due, out);
            } else if (e.translation() != null) {
                translation(e.translation(), s, e.state() == Translations.State.STALE, out);
            }
        }
        return out;
    }

    private static void original(Site site, Translations.Entry e, Severity due, List<Problem> out) {
        Article a = e.source();
        if (a.meta().reviewed() == null) {
            out.add(Problem.error(a.file(), a.lineOf().of("/date"), "the article has no review date",
                    "add `reviewed: YYYY-MM-DD` to the front matter: the day a person last checked its facts"));
            return;
        }
        Freshness f = Freshness.of(a, a, site.config().freshness());
        if (f.overdue()) {
            out.add(new Problem(a.file(), a.lineOf().of("/reviewed"), due, "facts due for review: last checked "
                    + f.reviewed() + ", the review held until " + f.due() + " (" + f.intervalDays() + " days); readers see a notice",
                    "check the facts and sources, correct what changed (in the translations too), then set `reviewed:` to the day you checked"));
        }
        List<String> others = site.config().languageCodes().stream().filter(l -> !l.equals(a.lang())).toList();
        for (Freshness.ClaimState c : f.expired()) {
            out.add(new Problem(a.file(), c.claim().line(), due, "dated claim expired on " + c.lastDay().plusDays(1)
                    + ": \"" + shorten(c.claim().text()) + "\" {" + c.claim().attrs() + "}; readers see it marked as possibly outdated",
                    "check it; if it still holds set as-of to today, else rewrite it; make the same change in the "
                            + String.join(" and ", others) + " translations"));
        }
    }

    private static void translation(Article t, Article s, boolean stale, List<Problem> out) {
        if (t.meta().reviewed() != null && !t.meta().reviewed().equals(s.meta().reviewed())) {
            out.add(Problem.warning(t.file(), t.lineOf().of("/reviewed"), "`reviewed: " + t.meta().reviewed()
                    + "` differs from the original's (" + s.meta().reviewed() + "); pages show the original's",
                    "remove `reviewed:` from the translation: the review date belongs to the original " + s.file()));
        }
        List<Claim> mine = t.outline().claims(), theirs = s.outline().claims();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            Claim c = mine.get(i), o = theirs.get(i);
            if (!c.dating().equals(o.dating())) {
                out.add(Problem.error(t.file(), c.line(), "dated claim " + (i + 1) + " is {" + c.dating() + "} but in the original ("
                        + s.file() + ":" + o.line() + ") it is {" + o.dating() + "}",
                        "write {" + o.dating() + "}: a translation keeps the original's dates"));
            }
        }
        if (mine.size() != theirs.size()) {
            String message = "the original " + s.file() + " has " + theirs.size() + " dated claim" + (theirs.size() == 1 ? "" : "s")
                    + ", this translation " + mine.size();
            String fix = "mark the same statements as the original, in the same order, with the same dates";
            int line = mine.size() > theirs.size() ? mine.get(theirs.size()).line() : 0;
            // A stale translation is behind its original anyway (and already warned about); a current one is wrong.
            out.add(stale ? Problem.warning(t.file(), line, message, fix) : Problem.error(t.file(), line, message, fix));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
