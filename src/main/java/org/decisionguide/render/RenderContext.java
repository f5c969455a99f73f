package org.decisionguide.render;

import org.decisionguide.markdown.ArticleLink;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.markdown.LinkRewriter;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Language;
import org.decisionguide.model.Site;
import org.decisionguide.model.Term;
import org.decisionguide.model.TermText;
import org.decisionguide.model.UiStrings;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.LanguageLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Per-build lookups shared by every page builder: URLs, messages, typography, the article and term indexes. */
final class RenderContext {


    final Site site;
    final Urls urls;
    final ArticleIndex index;
    final Markdown markdown;
    final Map<String, Term> terms = new LinkedHashMap<>();
    private final Map<String, Messages> messages = new ConcurrentHashMap<>();
    final MessageUse usedMessages = new MessageUse();
    private final Map<String, Typography> typography = new ConcurrentHashMap<>();
    private final Map<String, String> definitions = new ConcurrentHashMap<>();

    final boolean drafts;
    /** Articles whose address an older article has (an error): the older page is built, not overwritten. */
    private final Map<Article, Article> displaced;
    final List<org.decisionguide.model.Translations.Entry> translations;
    private final Map<String, org.decisionguide.model.Translations.Entry> translationIndex = new HashMap<>();
    // Lists every article page needs (previous/next, home): computed once per language, not once per page.
    private final Map<String, List<org.decisionguide.render.view.ArticleCard>> readable = new ConcurrentHashMap<>();
    private final Map<String, List<Article>> readableArticles = new ConcurrentHashMap<>();
    private final Map<String, List<Article>> published = new ConcurrentHashMap<>();

    RenderContext(Site site, Markdown markdown, boolean drafts) {
        this.site = site;
        this.drafts = drafts;
        this.displaced = org.decisionguide.model.SlugClaims.displaced(site.articles());
        this.translations = org.decisionguide.model.Translations.of(site);
        translations.forEach(e -> translationIndex.put(e.lang() + "/" + e.id(), e));
        this.urls = new Urls(site.config());
        // A scaffold still marked needs_translation is not a page: links, lists and tags go where a missing translation's would.
        this.index = new ArticleIndex(site.config().languageCodes(),
                site.articles().stream().filter(a -> !a.meta().needsTranslation()).toList());
        this.markdown = markdown;
        site.glossary().forEach(t -> terms.put(t.id(), t));
    }

    /**
     * The articles readers get in a language, in guide order: drafts only in the live preview, never a scaffold still
     * marked {@code needs_translation} (its page, tags, feed entry and aliases wait for the translation).
     */
    List<Article> published(String lang) {
        return published.computeIfAbsent(lang, l -> site.articlesIn(l).stream().filter(this::published).toList());
    }

    boolean published(Article a) {
        return (drafts || !a.meta().draft()) && !a.meta().needsTranslation() && !displaced.containsKey(a);
    }

    /** Where a translator learns how to help: the repository's CONTRIBUTING.md, or the home page without a repository. */
    String contributing() {
        String edit = site.config().editUrl();
        return edit == null ? urls.home(site.config().sourceLanguage()) : edit.replace("/edit/", "/blob/") + "CONTRIBUTING.md";
    }

    /** Where an article stands in a language (null for drafts in the preview, which have no entry). */
    org.decisionguide.model.Translations.Entry translation(String lang, String id) {
        return translationIndex.get(lang + "/" + id);
    }

    /** Articles readers find in a language, in guide order: its own, plus untranslated originals marked as such. */
    List<org.decisionguide.render.view.ArticleCard> readable(String lang) {
        return readable.computeIfAbsent(lang, this::computeReadable);
    }

    private List<org.decisionguide.render.view.ArticleCard> computeReadable(String lang) {
        return readableArticles(lang).stream().map(a -> a.lang().equals(lang) ? card(a) : fallbackCard(a, lang)).toList();
    }

    /** The articles behind {@link #readable}, in the same order. */
    List<Article> readableArticles(String lang) {
        return readableArticles.computeIfAbsent(lang, l -> {
            List<Article> all = new java.util.ArrayList<>(published(l));
            missing(l).forEach(e -> all.add(e.source()));
            all.sort(Site.GUIDE_ORDER);
            return List.copyOf(all);
        });
    }

    List<org.decisionguide.model.Translations.Entry> missing(String lang) {
        return translations.stream().filter(e -> e.lang().equals(lang) && e.state() == org.decisionguide.model.Translations.State.MISSING
                && !displaced.containsKey(e.source())).toList();
    }

    private org.decisionguide.render.view.ArticleCard fallbackCard(Article a, String lang) {
        Typography typo = typography(a.lang());
        return new org.decisionguide.render.view.ArticleCard(typo.text(a.meta().title()), typo.text(a.meta().summary()),
                urls.article(lang, a.slug()), dates(lang).longDate(a.meta().date()), a.meta().date().toString(), a.lang(),
                language(a.lang()).name());
    }

    org.decisionguide.render.view.ArticleCard card(Article a) {
        Typography typo = typography(a.lang());
        return new org.decisionguide.render.view.ArticleCard(typo.text(a.meta().title()), typo.text(a.meta().summary()),
                urls.article(a), dates(a.lang()).longDate(a.meta().date()), a.meta().date().toString());
    }

    /** Dates as the language's locale in site.yaml writes them (en-GB: "2 December 2026"). */
    Dates dates(String lang) {
        return Dates.of(language(lang));
    }

    Language language(String code) {
        return site.config().language(code).orElseThrow();
    }

    Typography typography(String lang) {
        return typography.computeIfAbsent(lang, l -> {
            UiStrings ui = site.ui().get(l);
            return ui == null ? new Typography(List.of(), List.of()) : new Typography(ui.noBreakAfter(), ui.noBreakBefore(),
                    ui.noBreakPhrases(), ui.ordinals());
        });
    }

    Messages messages(String lang) {
        return messages.computeIfAbsent(lang, l -> {
            UiStrings fallback = site.ui().get(site.config().sourceLanguage());
            UiStrings own = site.ui().getOrDefault(l, fallback);
            return new Messages(own, fallback, typography(l), usedMessages);
        });
    }

    /** A term's text in a language, or the source language's while the translation is missing. */
    Optional<TermText> termText(Term t, String lang) {
        return t.in(lang).or(() -> t.in(site.config().sourceLanguage())).or(() -> t.texts().values().stream().findFirst());
    }

    /** Inline Markdown (a glossary definition) → sanitized HTML without the wrapping paragraph. */
    String inlineHtml(String markdownText, String lang) {
        return definitions.computeIfAbsent(lang + "\u0000" + markdownText, k -> {
            org.jsoup.nodes.Document doc = markdown.renderDocument(markdown.parse(markdownText), LinkRewriter.SAFE_AS_WRITTEN);
            doc.outputSettings().prettyPrint(false);
            Element body = doc.body();
            typography(lang).apply(body);
            Element p = body.children().size() == 1 && body.child(0).nameIs("p") ? body.child(0) : body;
            return p.html();
        });
    }

    /** The frame every page shares; {@code languages} is the page's translations (empty: no hreflang cluster). */
    Head head(String lang, String title, String description, String url, List<LanguageLink> languages, String xDefault,
              String section) {
        Language language = language(lang);
        Messages t = messages(lang);
        List<Head.NavItem> nav = new java.util.ArrayList<>(List.of(
                new Head.NavItem(t.format("nav_guide"), urls.home(lang), section.equals("home"))));
        if (site.tree() != null) nav.add(new Head.NavItem(t.format("nav_decide"), urls.decide(lang), section.equals("decide")));
        if (site.checklist() != null) nav.add(new Head.NavItem(t.format("nav_checklist"), urls.checklist(lang), section.equals("checklist")));
        nav.add(new Head.NavItem(t.format("nav_glossary"), urls.glossary(lang), section.equals("glossary")));
        List<String> alternateLocales = languages.stream().filter(l -> !l.lang().equals(lang))
                .map(l -> language(l.lang()).ogLocale()).toList();
        Head.Social social = new Head.Social("website", language.ogLocale(), alternateLocales, urls.feed(lang),
                t.format("feed_title", language.siteTitle()), urls.asset("favicon.svg"), false, !languages.isEmpty());
        nav.add(new Head.NavItem(t.format("nav_translations"), urls.translations(lang), section.equals("translations")));
        return new Head(lang, title, description, urls.absolute(url), languages, xDefault, language.siteTitle(),
                urls.home(lang), List.of(urls.asset("css/site.css")), SiteRenderer.CSP, nav,
                List.of(urls.asset("js/search-key.js")), social); // every page: "/" focuses the header's search box
    }

    /** The same page in every language, for the switcher and hreflang. */
    List<LanguageLink> sameUrlIn(java.util.function.Function<String, String> urlFor, String current) {
        return site.config().languages().stream()
                .map(l -> new LanguageLink(l.code(), l.name(), urlFor.apply(l.code()), urls.absolute(urlFor.apply(l.code())),
                        l.code().equals(current)))
                .toList();
    }

    /** Where a destination written in an article body points on the built site, or null to drop it. */
    LinkRewriter.Destination href(Article from, String url) {
        if (!LinkPolicy.allowed(url)) return null;
        if (!ArticleLink.looksLikeArticleLink(url)) return new LinkRewriter.Destination(url, null);
        Optional<ArticleLink> link = ArticleLink.parse(url, from.lang());
        if (link.isEmpty()) return null;
        ArticleLink t = link.get();
        String fragment = t.fragment() == null ? "" : "#" + t.fragment();
        Optional<Article> same = index.get(t.lang(), t.id());
        if (same.isPresent()) {
            return new LinkRewriter.Destination(urls.article(same.get()) + fragment, t.lang().equals(from.lang()) ? null : t.lang());
        }
        // Not translated yet: the language's fallback page (the original with a notice) stands at the original's slug.
        org.decisionguide.model.Translations.Entry missing = translation(t.lang(), t.id());
        if (missing != null) {
            return new LinkRewriter.Destination(urls.article(t.lang(), missing.source().slug()) + fragment,
                    t.lang().equals(from.lang()) ? null : t.lang());
        }
        return fallback(t.id()).map(a -> new LinkRewriter.Destination(urls.article(a) + fragment, a.lang())).orElse(null);
    }

    /** The version of an article a reader gets where their language has none: the source language's, else the first. */
    Optional<Article> fallback(String id) {
        List<Article> all = index.translations(id).stream().filter(a -> !a.meta().draft()).toList();
        return all.stream().filter(a -> a.lang().equals(site.config().sourceLanguage())).findFirst()
                .or(() -> all.stream().findFirst());
    }

    static Map<String, Object> model(Object view, Messages t) {
        Map<String, Object> m = new HashMap<>();
        m.put("page", view);
        m.put("t", t);
        return m;
    }
}
