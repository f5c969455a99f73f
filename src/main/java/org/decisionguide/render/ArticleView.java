package org.decisionguide.render;

import org.decisionguide.model.Article;
import org.decisionguide.model.Freshness;
import org.decisionguide.model.FreshnessPolicy;
import org.decisionguide.model.Problem;
import org.decisionguide.model.SectionHashes;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.decisionguide.model.Translations;
import org.decisionguide.render.view.ArticlePage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.LanguageLink;
import org.decisionguide.render.view.TermEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one article page: body (rendered, terms marked, typeset), verdict, source, switcher, terms used. The same
 * builder makes the fallback page a language gets while an article is not translated (the original's text with a
 * notice, under the page language's frame) and adds the "may be out of date" notice to a stale translation.
 */
final class ArticleView {

    record Built(ArticlePage page, List<Problem> problems) {}

    private ArticleView() {}

    static Built page(RenderContext ctx, Article a) {
        return build(ctx, a, a.lang(), ctx.translation(a.lang(), a.id()));
    }

    /** The page of {@code lang} for an article it does not have yet: the original, marked as such. */
    static Built fallback(RenderContext ctx, Translations.Entry missing) {
        return build(ctx, missing.source(), missing.lang(), missing);
    }

    private static Built build(RenderContext ctx, Article a, String pageLang, Translations.Entry state) {
        boolean isFallback = !a.lang().equals(pageLang);
        List<Problem> problems = new ArrayList<>();
        Typography typo = ctx.typography(a.lang());
        Dates dates = ctx.dates(pageLang);
        Document body = ctx.markdown.renderDocument(ctx.markdown.parse(a.body()), url -> ctx.href(a, url));
        Article original = state != null ? state.source() : a;
        FreshnessPolicy policy = ctx.site.config().freshness();
        Freshness freshness = Freshness.of(a, original, policy);
        ClaimLabels.apply(body.body(), new ClaimLabels.Labeller(ctx.messages(pageLang), dates, policy.today(), freshness.intervalDays()));
        List<TermEntry> terms = new ArrayList<>();
        for (int i = 0; i < a.meta().terms().size(); i++) {
            Term term = ctx.terms.get(a.meta().terms().get(i));
            if (term == null) continue; // reported by the validator
            TermText text = ctx.termText(term, a.lang()).orElseThrow();
            TermEntry entry = GlossaryView.entry(ctx, term, a.lang());
            terms.add(entry);
            if (!TermMarker.markFirstUse(body.body(), term.id(), text, entry.url()) && !isFallback) {
                problems.add(Problem.warning(a.file(), a.lineOf().of("/terms/" + i), "the article lists the term \""
                        + term.id() + "\" but never uses it (\"" + text.term() + "\" or an alias)",
                        "use the term in the text, add the form you used to `aliases:` in " + term.file()
                                + ", or remove it from `terms:`"));
            }
        }
        Callouts.apply(body.body(), ctx.messages(a.lang()));
        ExternalLinks.mark(body.body(), ctx.messages(pageLang));
        List<ArticlePage.TocEntry> toc = HeadingAnchors.apply(body.body(), ctx.messages(a.lang()));
        typo.apply(body.body());
        body.outputSettings().prettyPrint(false);

        List<Article> translations = ctx.index.translations(a.id()).stream().filter(ctx::published)
                .filter(t -> !t.meta().needsTranslation()).toList();
        List<LanguageLink> languages = translations.stream()
                .map(t -> new LanguageLink(t.lang(), ctx.language(t.lang()).name(), ctx.urls.article(t),
                        ctx.urls.absolute(ctx.urls.article(t)), t.lang().equals(pageLang)))
                .toList();
        String url = isFallback ? ctx.urls.article(pageLang, a.slug()) : ctx.urls.article(a);
        Head head = ctx.head(pageLang, typo.text(a.meta().title()) + " · " + ctx.language(pageLang).siteTitle(),
                a.meta().summary(), url, languages, ctx.urls.absolute(ctx.urls.article(original)), "article")
                .withType("article");
        if (isFallback) {
            // Not a translation: no hreflang cluster, the original is canonical, and search engines skip the copy.
            head = head.withoutHreflang().withCanonical(ctx.urls.absolute(ctx.urls.article(a))).noindex();
        }
        if (!terms.isEmpty()) head = head.withScripts(List.of(ctx.urls.asset("js/glossary.js")));
        LocalDate changed = a.meta().updated() != null ? a.meta().updated() : a.meta().date();
        List<org.decisionguide.render.view.ArticleCard> order = ctx.readable(pageLang);
        int at = -1;
        for (int i = 0; i < order.size(); i++) if (order.get(i).url().equals(url)) at = i;
        Messages t = ctx.messages(pageLang);
        List<TermEntry.Link> crumbs = List.of(new TermEntry.Link(t.format("nav_guide"), ctx.urls.home(pageLang)));
        List<TermEntry.Link> tags = isFallback ? List.of() : a.meta().tags().stream()
                .map(tag -> new TermEntry.Link(typo.text(tag), ctx.urls.tag(a.lang(), org.decisionguide.markdown.Slugger.slug(tag)))).toList();
        String edit = ctx.site.config().editUrl() == null ? null : ctx.site.config().editUrl() + a.file().toString().replace('\\', '/');
        ArticlePage page = new ArticlePage(head, typo.text(a.meta().title()), dates.longDate(a.meta().date()),
                a.meta().date().toString(), dates.longDate(changed), changed.toString(), typo.text(a.meta().summary()),
                body.body().html(), typo.text(a.meta().verdict()),
                new ArticlePage.Source(a.meta().source().title(), a.meta().source().url(), a.meta().source().author()),
                tags, terms, toc, crumbs, at > 0 ? order.get(at - 1) : null, at >= 0 && at < order.size() - 1 ? order.get(at + 1) : null,
                edit, a.meta().draft(), isFallback ? a.lang() : null, notice(ctx, pageLang, state, isFallback),
                facts(ctx, pageLang, freshness));
        return new Built(page, problems);
    }

    /** "Facts checked on …" and, once that is too long ago or claims expired, the notices (in the page's language). */
    private static ArticlePage.Facts facts(RenderContext ctx, String pageLang, Freshness f) {
        if (f.reviewed() == null) return null; // reported by the validator
        Messages t = ctx.messages(pageLang);
        String checked = ctx.dates(pageLang).longDate(f.reviewed());
        int expired = f.expired().size();
        return new ArticlePage.Facts(checked, f.reviewed().toString(),
                f.overdue() ? t.format("facts_overdue", checked) : null,
                expired > 0 ? t.format("facts_expired", expired) : null);
    }

    /** The changed parts of a stale translation's original, named in the reader's language (headings as written). */
    static List<String> sectionNames(RenderContext ctx, String pageLang, Translations.Entry state) {
        Messages t = ctx.messages(pageLang);
        List<String> sections = new ArrayList<>();
        for (String key : state.changed()) {
            switch (key) {
                case "title", "summary", "verdict" -> sections.add(t.format("section_" + key));
                case SectionHashes.INTRO -> sections.add(t.format("section_intro"));
                default -> sections.add(SectionHashes.heading(state.source(), key).orElse(t.format("section_removed")));
            }
        }
        return sections;
    }

    private static ArticlePage.Notice notice(RenderContext ctx, String pageLang, Translations.Entry state, boolean isFallback) {
        Messages t = ctx.messages(pageLang);
        if (isFallback) {
            Article s = state.source();
            return new ArticlePage.Notice("missing", ctx.typography(pageLang).text(t.format("notice_missing", pageLang, s.lang())),
                    t.format("notice_help"), ctx.contributing(), null, List.of());
        }
        if (state != null && state.state() == Translations.State.STALE) {
            Article s = state.source();
            LocalDate when = s.meta().updated() != null ? s.meta().updated() : s.meta().date();
            List<String> sections = sectionNames(ctx, pageLang, state);
            return new ArticlePage.Notice("stale", ctx.typography(pageLang).text(t.format("notice_stale",
                    s.lang(), ctx.dates(pageLang).longDate(when))), t.format("notice_original"),
                    ctx.urls.article(s), s.lang(), sections);
        }
        return null;
    }

}
