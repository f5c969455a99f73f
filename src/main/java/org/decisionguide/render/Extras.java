package org.decisionguide.render;

import org.decisionguide.model.Article;
import org.decisionguide.render.view.ChooserPage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.NotFoundPage;
import org.decisionguide.render.view.RedirectPage;
import org.decisionguide.render.view.TagPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reader essentials around the articles: tag pages, 404 pages and redirect pages for old addresses. */
final class Extras {

    private Extras() {}

    /** Tag → the language's articles carrying it, in guide order. */
    static Map<String, List<Article>> tags(RenderContext ctx, String lang) {
        Map<String, List<Article>> out = new TreeMap<>();
        for (Article a : ctx.published(lang)) {
            for (String tag : a.meta().tags()) out.computeIfAbsent(tag, k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    static TagPage tagPage(RenderContext ctx, String lang, String tag, List<Article> articles) {
        Messages t = ctx.messages(lang);
        String url = ctx.urls.tag(lang, org.decisionguide.markdown.Slugger.slug(tag));
        String title = t.format("tag_title", tag);
        // Tags are words of one language: a tag page has no translations, so no hreflang cluster.
        Head head = ctx.head(lang, title + " · " + ctx.language(lang).siteTitle(), t.format("tag_description", tag, articles.size()),
                url, List.of(), ctx.urls.absolute(url), "tags");
        return new TagPage(head, ctx.typography(lang).text(tag), articles.stream().map(ctx::card).toList());
    }

    /** @param lang null for the root 404, which offers every language */
    static NotFoundPage notFound(RenderContext ctx, String lang) {
        String l = lang == null ? ctx.site.config().sourceLanguage() : lang;
        Messages t = ctx.messages(l);
        String url = lang == null ? ctx.urls.root("404.html") : ctx.urls.root(lang + "/404.html");
        List<ChooserPage.Choice> homes = ctx.site.config().languages().stream()
                .filter(x -> lang == null || x.code().equals(lang))
                .map(x -> new ChooserPage.Choice(x.code(), x.name(), x.siteTitle(), ctx.messages(x.code()).format("not_found_lead"),
                        ctx.urls.home(x.code())))
                .toList();
        Head head = ctx.head(l, t.format("not_found_title"), t.format("not_found_lead"), url, List.of(), ctx.urls.absolute(url), "404")
                .noindex();
        return new NotFoundPage(head, homes);
    }

    static RedirectPage redirect(RenderContext ctx, Article to, String from) {
        String target = ctx.urls.article(to);
        Messages t = ctx.messages(to.lang());
        // The canonical names the new address, so search engines move their index there.
        Head head = ctx.head(to.lang(), to.meta().title(), to.meta().summary(), target, List.of(), ctx.urls.absolute(target), "redirect")
                .noindex();
        return new RedirectPage(head, target, ctx.typography(to.lang()).text(to.meta().title()));
    }
}
