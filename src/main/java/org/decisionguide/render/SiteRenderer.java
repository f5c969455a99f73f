package org.decisionguide.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.Article;
import org.decisionguide.model.Language;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.render.view.ArticleCard;
import org.decisionguide.render.view.ChooserPage;
import org.decisionguide.render.view.Head;
import org.decisionguide.render.view.HomePage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The render stage: the validated model → the site's HTML files. Templates receive view records only.
 * A template error is reported like a content error (template file and line), never as a stack trace.
 */
public final class SiteRenderer {

    /** The policy every page carries; no inline script or style anywhere, no third-party origin. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private final Templates templates;
    private final Markdown markdown;
    private final boolean drafts;

    /** @param drafts render {@code draft: true} articles too (the live preview does; {@code build} never) */
    public SiteRenderer(Templates templates, boolean drafts) {
        this(templates, drafts, new Markdown());
    }

    public SiteRenderer(Templates templates, boolean drafts, Markdown markdown) {
        this.templates = templates;
        this.drafts = drafts;
        this.markdown = markdown;
    }

    public Result<List<OutputFile>> render(Site site) {
        RenderContext ctx = new RenderContext(site, markdown, drafts);
        List<org.decisionguide.render.view.Head> indexed = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Problem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        String source = site.config().sourceLanguage();
        jobs.add(new Job("chooser.ftlh", () -> chooser(ctx), source, ctx.urls.chooser()));
        for (Language lang : site.config().languages()) {
            String l = lang.code();
            jobs.add(new Job("home.ftlh", () -> home(ctx, l), l, ctx.urls.home(l)));
            jobs.add(new Job("glossary.ftlh", () -> GlossaryView.page(ctx, l), l, ctx.urls.glossary(l)));
            jobs.add(new Job("translations.ftlh", () -> TranslationsView.page(ctx, l), l, ctx.urls.translations(l)));
            for (org.decisionguide.model.Translations.Entry missing : ctx.missing(l)) {
                jobs.add(new Job("article.ftlh", () -> ArticleView.fallback(ctx, missing).page(), l,
                        ctx.urls.article(l, missing.source().slug())));
            }
            for (Article a : ctx.published(l)) {
                if (a.meta().needsTranslation()) continue; // a scaffold: readers get the fallback above
                jobs.add(new Job("article.ftlh", () -> {
                    ArticleView.Built built = ArticleView.page(ctx, a);
                    synchronized (problems) {
                        problems.addAll(built.problems());
                    }
                    return built.page();
                }, l, ctx.urls.article(a)));
            }
        }
        List<OutputFile> extra = new ArrayList<>();
        java.util.Map<String, String> moves = new java.util.TreeMap<>();
        jobs.add(new Job("notfound.ftlh", () -> Extras.notFound(ctx, null), source, ctx.urls.root("404.html")));
        for (Language lang : site.config().languages()) {
            String l = lang.code();
            jobs.add(new Job("notfound.ftlh", () -> Extras.notFound(ctx, l), l, ctx.urls.root(l + "/404.html")));
            for (java.util.Map.Entry<String, List<Article>> tag : Extras.tags(ctx, l).entrySet()) {
                jobs.add(new Job("tag.ftlh", () -> Extras.tagPage(ctx, l, tag.getKey(), tag.getValue()), l,
                        ctx.urls.tag(l, org.decisionguide.markdown.Slugger.slug(tag.getKey()))));
            }
            for (Article a : ctx.published(l)) {
                for (String alias : a.meta().aliases()) {
                    String from = ctx.urls.root(alias.substring(1));
                    moves.put(from, ctx.urls.article(a));
                    jobs.add(new Job("redirect.ftlh", () -> Extras.redirect(ctx, a, from), l, from));
                }
            }
            extra.add(SiteFiles.feed(ctx, l, ctx.published(l).stream().filter(a -> !a.meta().draft()).toList()));
        }
        extra.add(SiteFiles.robots(ctx));
        if (!moves.isEmpty()) extra.add(SiteFiles.redirects(moves));
        if (site.tree() != null) {
            DecideView decide = new DecideView(ctx);
            extra.add(decide.treeJson());
            for (Language lang : site.config().languages()) {
                for (org.decisionguide.model.TreePath path : decide.paths()) {
                    String l = lang.code();
                    jobs.add(new Job("decide.ftlh", () -> {
                        org.decisionguide.render.view.DecidePage page = decide.page(l, path);
                        if (page.outcome()) {
                            synchronized (extra) {
                                extra.add(decide.record(l, path, page));
                            }
                        }
                        return page;
                    }, l, decide.url(l, path)));
                }
            }
        }
        if (site.checklist() != null) {
            for (Language lang : site.config().languages()) {
                String l = lang.code();
                jobs.add(new Job("checklist.ftlh", () -> {
                    org.decisionguide.render.view.ChecklistPage page = ChecklistView.page(ctx, l);
                    synchronized (extra) {
                        extra.add(ChecklistView.record(ctx, l, page));
                    }
                    return page;
                }, l, ctx.urls.checklist(l)));
            }
        }
        // Pages are independent: render them in parallel, keep the output in a stable order.
        List<Object> outcomes = jobs.parallelStream().map(j -> run(ctx, j, indexed)).collect(Collectors.toList());
        List<OutputFile> files = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof OutputFile f) files.add(f);
            else problems.add((Problem) o);
        }
        extra.add(SiteFiles.sitemap(indexed));
        problems.addAll(unusedMessages(ctx));
        extra.sort(java.util.Comparator.comparing(OutputFile::path));
        files.addAll(extra);
        return Result.of(files, problems);
    }

    /** Keys families looked up by computed name ("callout_" + kind): used whenever one of them exists. */
    private static final java.util.List<String> COMPUTED_KEYS = java.util.List.of("callout_", "section_", "status_", "notice_");

    /** Messages in the source language's file that no page asked for: a leftover every translator would still translate. */
    private List<Problem> unusedMessages(RenderContext ctx) {
        org.decisionguide.model.UiStrings source = ctx.site.ui().get(ctx.site.config().sourceLanguage());
        if (source == null) return List.of();
        List<Problem> out = new ArrayList<>();
        for (String key : source.messages().keySet()) {
            if (ctx.usedMessages.contains(key) || templates.messageKeys().contains(key) || COMPUTED_KEYS.stream().anyMatch(key::startsWith)) continue;
            out.add(Problem.warning(source.file(), source.lineOf().of("/messages/" + key), "message \"" + key
                    + "\" is not used by any page", "remove it from templates/i18n/*.yaml (every language), or use it in a template"));
        }
        return out;
    }

    private record Job(String template, java.util.function.Supplier<Object> view, String lang, String url) {}

    private Object run(RenderContext ctx, Job job, List<org.decisionguide.render.view.Head> indexed) {
        try {
            Object view = job.view().get();
            if (view instanceof org.decisionguide.render.view.PageView pv && !pv.head().social().noindex()) indexed.add(pv.head());
            String html = templates.render(job.template(), RenderContext.model(view, ctx.messages(job.lang())));
            return new OutputFile(ctx.urls.fileFor(job.url()), html.getBytes(StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return templateProblem(job.template(), e.getTemplateName(), e.getLineNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            return templateProblem(job.template(), e.getTemplateSourceName(), e.getLineNumber(), e.getMessageWithoutStackTop());
        } catch (IOException e) {
            return Problem.error(Path.of("templates", job.template()), 0, "cannot read the template: " + e.getMessage(),
                    "check that the file exists in templates/");
        } catch (RuntimeException e) {
            // A bug in the generator, not in the content: name the page so it can be reproduced, keep the build going.
            return Problem.error(Path.of(ctx.urls.fileFor(job.url())), 0, "internal error while rendering " + job.url() + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), "this is a bug in the generator; please report it with this line");
        }
    }

    private static Problem templateProblem(String template, String source, Integer line, String message) {
        String first = message == null ? "template error" : message.split("\n\\s*\n|----", 2)[0]
                .replaceAll("\\s*\\[in template [^\\]]*\\]", "").replaceAll("\\s+", " ").strip();
        return Problem.error(Path.of("templates", source != null ? source : template), line == null ? 0 : line,
                "template error: " + first, "fix the template; templates only print values of `page` and `t(...)`");
    }

    private static ChooserPage chooser(RenderContext ctx) {
        Site site = ctx.site;
        List<ChooserPage.Choice> choices = site.config().languages().stream()
                .map(l -> new ChooserPage.Choice(l.code(), l.name(), l.siteTitle(),
                        ctx.messages(l.code()).format("home_lead"), ctx.urls.home(l.code())))
                .toList();
        String source = site.config().sourceLanguage();
        // No hreflang cluster here: the chooser is no translation of a home page, and the homes do not link back.
        Head head = ctx.head(source, ctx.language(source).siteTitle(), ctx.messages(source).format("chooser_description"),
                ctx.urls.chooser(), List.of(), ctx.urls.absolute(ctx.urls.chooser()), "chooser");
        return new ChooserPage(head, choices);
    }

    private static HomePage home(RenderContext ctx, String lang) {
        List<ArticleCard> cards = ctx.readable(lang);
        Head head = ctx.head(lang, ctx.language(lang).siteTitle(), ctx.messages(lang).format("home_description"),
                ctx.urls.home(lang), ctx.sameUrlIn(ctx.urls::home, lang),
                ctx.urls.absolute(ctx.urls.home(ctx.site.config().sourceLanguage())), "home");
        return new HomePage(head, cards.isEmpty() ? null : cards.get(0), cards);
    }
}
