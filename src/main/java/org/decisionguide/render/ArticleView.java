package org.decisionguide.render;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.decisionguide.render.view.ArticlePage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.LanguageLink;
import org.decisionguide.render.view.TermEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds one article page: body (rendered, terms marked, typeset), verdict, source, switcher, terms used. */
final class ArticleView {

    record Built(ArticlePage page, List<Problem> problems) {}

    private ArticleView() {}

    static Built page(RenderContext ctx, Article a) {
        List<Problem> problems = new ArrayList<>();
        Typography typo = ctx.typography(a.lang());
        Dates dates = new Dates(a.lang());
        Document body = Jsoup.parseBodyFragment(ctx.markdown.render(ctx.markdown.parse(a.body()), url -> ctx.href(a, url)));
        List<TermEntry> terms = new ArrayList<>();
        for (int i = 0; i < a.meta().terms().size(); i++) {
            Term term = ctx.terms.get(a.meta().terms().get(i));
            if (term == null) continue; // reported by the validator
            TermText text = ctx.termText(term, a.lang()).orElseThrow();
            TermEntry entry = GlossaryView.entry(ctx, term, a.lang());
            terms.add(entry);
            if (!TermMarker.markFirstUse(body.body(), term.id(), text, entry.url())) {
                problems.add(Problem.warning(a.file(), a.lineOf().of("/terms/" + i), "the article lists the term \""
                        + term.id() + "\" but never uses it (\"" + text.term() + "\" or an alias)",
                        "use the term in the text, add the form you used to `aliases:` in " + term.file()
                                + ", or remove it from `terms:`"));
            }
        }
        Callouts.apply(body.body(), ctx.messages(a.lang()));
        List<ArticlePage.TocEntry> toc = HeadingAnchors.apply(body.body(), ctx.messages(a.lang()));
        typo.apply(body.body());
        body.outputSettings().prettyPrint(false);

        List<Article> translations = ctx.index.translations(a.id()).stream().filter(t -> ctx.published(t)).toList();
        List<LanguageLink> languages = translations.stream()
                .map(t -> new LanguageLink(t.lang(), ctx.language(t.lang()).name(), ctx.urls.article(t),
                        ctx.urls.absolute(ctx.urls.article(t)), t.lang().equals(a.lang())))
                .toList();
        String xLang = a.meta().sourceLang() != null ? a.meta().sourceLang() : ctx.site.config().sourceLanguage();
        Article xDefault = translations.stream().filter(t -> t.lang().equals(xLang)).findFirst().orElse(translations.get(0));
        Head head = ctx.head(a.lang(), typo.text(a.meta().title()) + " · " + ctx.language(a.lang()).siteTitle(),
                a.meta().summary(), ctx.urls.article(a), languages, ctx.urls.absolute(ctx.urls.article(xDefault)), "article")
                .withType("article");
        if (!terms.isEmpty()) head = head.withScripts(List.of(ctx.urls.asset("js/glossary.js")));
        LocalDate changed = a.meta().updated() != null ? a.meta().updated() : a.meta().date();
        List<Article> order = ctx.published(a.lang());
        int at = order.indexOf(a);
        Messages t = ctx.messages(a.lang());
        List<TermEntry.Link> crumbs = List.of(new TermEntry.Link(t.format("nav_guide"), ctx.urls.home(a.lang())));
        List<TermEntry.Link> tags = a.meta().tags().stream()
                .map(tag -> new TermEntry.Link(typo.text(tag), ctx.urls.tag(a.lang(), org.decisionguide.markdown.Slugger.slug(tag)))).toList();
        String edit = ctx.site.config().editUrl() == null ? null : ctx.site.config().editUrl() + a.file().toString().replace('\\', '/');
        ArticlePage page = new ArticlePage(head, typo.text(a.meta().title()), dates.longDate(a.meta().date()),
                a.meta().date().toString(), dates.longDate(changed), changed.toString(), typo.text(a.meta().summary()),
                body.body().html(), typo.text(a.meta().verdict()),
                new ArticlePage.Source(a.meta().source().title(), a.meta().source().url(), a.meta().source().author()),
                tags, terms, toc, crumbs, at > 0 ? ctx.card(order.get(at - 1)) : null,
                at >= 0 && at < order.size() - 1 ? ctx.card(order.get(at + 1)) : null, edit, a.meta().draft());
        return new Built(page, problems);
    }

}
