package org.decisionguide.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.decisionguide.markdown.ArticleLink;
import org.decisionguide.markdown.LinkPolicy;
import org.decisionguide.markdown.LinkRewriter;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Language;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.UiStrings;
import org.decisionguide.render.view.ArticleCard;
import org.decisionguide.render.view.ArticlePage;
import org.decisionguide.render.view.ChooserPage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.HomePage;
import org.decisionguide.render.view.LanguageLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The render stage: the validated model → the site's HTML files. Templates receive view records only.
 * A template error is reported like a content error (template file and line), never as a stack trace.
 */
public final class SiteRenderer {

    /** The policy every page carries; no inline script or style anywhere, no third-party origin. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private final Templates templates;
    private final Markdown markdown = new Markdown();

    public SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    public Result<List<OutputFile>> render(Site site) {
        Context ctx = new Context(site);
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String source = site.config().sourceLanguage();
        page(ctx, files, problems, "chooser.ftlh", chooser(ctx), source, ctx.urls.chooser());
        for (Language lang : site.config().languages()) {
            List<Article> articles = ctx.published(lang.code());
            page(ctx, files, problems, "home.ftlh", home(ctx, lang, articles), lang.code(), ctx.urls.home(lang.code()));
            for (Article a : articles) {
                page(ctx, files, problems, "article.ftlh", article(ctx, a), a.lang(), ctx.urls.article(a));
            }
        }
        return Result.of(files, problems);
    }

    private void page(Context ctx, List<OutputFile> files, List<Problem> problems, String template, Object view,
                      String lang, String url) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", view);
        model.put("t", ctx.messages(lang));
        try {
            String html = templates.render(template, model);
            files.add(new OutputFile(ctx.urls.fileFor(url), html.getBytes(StandardCharsets.UTF_8)));
        } catch (ParseException e) {
            problems.add(templateProblem(template, e.getTemplateName(), e.getLineNumber(), e.getEditorMessage()));
        } catch (TemplateException e) {
            problems.add(templateProblem(template, e.getTemplateSourceName(), e.getLineNumber(), e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            problems.add(Problem.error(Path.of("templates", template), 0, "cannot read the template: " + e.getMessage(),
                    "check that the file exists in templates/"));
        }
    }

    private static Problem templateProblem(String template, String source, Integer line, String message) {
        String first = message == null ? "template error" : message.split("\n\\s*\n|----", 2)[0]
                .replaceAll("\\s*\\[in template [^\\]]*\\]", "").replaceAll("\\s+", " ").strip();
        return Problem.error(Path.of("templates", source != null ? source : template), line == null ? 0 : line,
                "template error: " + first, "fix the template; templates only print values of `page` and `t(...)`");
    }

    private ChooserPage chooser(Context ctx) {
        Site site = ctx.site;
        List<ChooserPage.Choice> choices = site.config().languages().stream()
                .map(l -> new ChooserPage.Choice(l.code(), l.name(), l.siteTitle(),
                        ctx.messages(l.code()).format("home_lead"), ctx.urls.home(l.code())))
                .toList();
        String source = site.config().sourceLanguage();
        String title = site.config().languages().stream().map(Language::siteTitle).findFirst().orElse("");
        Head head = new Head(source, title, ctx.messages(source).format("chooser_description"),
                // No hreflang cluster here: the chooser is no translation of a home page, and the homes do not link back.
                ctx.urls.absolute(ctx.urls.chooser()), List.of(), ctx.urls.absolute(ctx.urls.chooser()),
                title, ctx.urls.chooser(), ctx.urls.asset("css/site.css"), CSP);
        return new ChooserPage(head, choices);
    }

    private HomePage home(Context ctx, Language lang, List<Article> articles) {
        Typography typo = ctx.typography(lang.code());
        Dates dates = new Dates(lang.code());
        List<ArticleCard> cards = articles.stream()
                .map(a -> new ArticleCard(typo.text(a.meta().title()), typo.text(a.meta().summary()),
                        ctx.urls.article(a), dates.longDate(a.meta().date()), a.meta().date().toString()))
                .toList();
        List<LanguageLink> languages = ctx.site.config().languages().stream()
                .map(l -> new LanguageLink(l.code(), l.name(), ctx.urls.home(l.code()),
                        ctx.urls.absolute(ctx.urls.home(l.code())), l.code().equals(lang.code())))
                .toList();
        String home = ctx.urls.home(lang.code());
        Head head = new Head(lang.code(), lang.siteTitle(), ctx.messages(lang.code()).format("home_description"),
                ctx.urls.absolute(home), languages,
                ctx.urls.absolute(ctx.urls.home(ctx.site.config().sourceLanguage())),
                lang.siteTitle(), home, ctx.urls.asset("css/site.css"), CSP);
        return new HomePage(head, cards);
    }

    private ArticlePage article(Context ctx, Article a) {
        Typography typo = ctx.typography(a.lang());
        Dates dates = new Dates(a.lang());
        Document body = Jsoup.parseBodyFragment(markdown.render(markdown.parse(a.body()), url -> ctx.href(a, url)));
        typo.apply(body.body());
        body.outputSettings().prettyPrint(false);
        List<Article> translations = ctx.index.translations(a.id()).stream().filter(t -> !t.meta().draft()).toList();
        List<LanguageLink> languages = translations.stream()
                .map(t -> new LanguageLink(t.lang(), ctx.site.config().language(t.lang()).orElseThrow().name(),
                        ctx.urls.article(t), ctx.urls.absolute(ctx.urls.article(t)), t.lang().equals(a.lang())))
                .toList();
        Article xDefault = translations.stream()
                .filter(t -> t.lang().equals(Optional.ofNullable(a.meta().sourceLang()).orElse(ctx.site.config().sourceLanguage())))
                .findFirst().orElse(translations.get(0));
        Language lang = ctx.site.config().language(a.lang()).orElseThrow();
        Head head = new Head(a.lang(), typo.text(a.meta().title()) + " · " + lang.siteTitle(), a.meta().summary(),
                ctx.urls.absolute(ctx.urls.article(a)), languages, ctx.urls.absolute(ctx.urls.article(xDefault)),
                lang.siteTitle(), ctx.urls.home(a.lang()), ctx.urls.asset("css/site.css"), CSP);
        LocalDate updated = a.meta().updated();
        return new ArticlePage(head, typo.text(a.meta().title()), dates.longDate(a.meta().date()),
                a.meta().date().toString(), updated == null ? null : dates.longDate(updated),
                updated == null ? null : updated.toString(), typo.text(a.meta().summary()), body.body().html(),
                typo.text(a.meta().verdict()),
                new ArticlePage.Source(a.meta().source().title(), a.meta().source().url(), a.meta().source().author()),
                a.meta().tags());
    }

    /** Per-build lookups shared by all pages. */
    private static final class Context {
        final Site site;
        final Urls urls;
        final ArticleIndex index;
        final Map<String, Messages> messages = new HashMap<>();
        final Map<String, Typography> typography = new HashMap<>();

        Context(Site site) {
            this.site = site;
            this.urls = new Urls(site.config());
            this.index = ArticleIndex.of(site);
        }

        List<Article> published(String lang) {
            return site.articlesIn(lang).stream().filter(a -> !a.meta().draft()).toList();
        }

        Typography typography(String lang) {
            return typography.computeIfAbsent(lang, l -> {
                UiStrings ui = site.ui().get(l);
                return ui == null ? new Typography(List.of(), List.of()) : new Typography(ui.noBreakAfter(), ui.noBreakBefore());
            });
        }

        Messages messages(String lang) {
            return messages.computeIfAbsent(lang, l -> {
                UiStrings fallback = site.ui().get(site.config().sourceLanguage());
                UiStrings own = site.ui().getOrDefault(l, fallback);
                return new Messages(own, fallback, typography(l));
            });
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
            // Not translated yet: the reader is sent to the source-language version, marked as another language.
            List<Article> others = index.translations(t.id());
            return others.stream()
                    .filter(a -> a.lang().equals(site.config().sourceLanguage())).findFirst()
                    .or(() -> others.stream().findFirst())
                    .map(a -> new LinkRewriter.Destination(urls.article(a) + fragment, a.lang()))
                    .orElse(null);
        }
    }
}
