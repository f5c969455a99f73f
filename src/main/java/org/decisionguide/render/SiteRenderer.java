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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
        Rendering all = render(site, Rendering.NONE, reach -> true);
        return Result.of(all.files(), all.problems());
    }

    /**
     * Renders the pages whose {@link Reach} {@code rerun} accepts, and every page {@code previous} does not have;
     * takes the other pages from {@code previous}. Correct when {@code previous} was rendered by this renderer with
     * the same templates from a site that differs from {@code site} only in articles {@code rerun} accepts the
     * reach of. The files read by machines (feeds, sitemap, redirects, tree) are always written anew.
     */
    public Rendering render(Site site, Rendering previous, Predicate<Reach> rerun) {
        RenderContext ctx = new RenderContext(site, markdown, drafts);
        List<OutputFile> extra = new ArrayList<>();
        List<Job> jobs = plan(ctx, extra);
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>(); // two pages at one address (reported by the validator): never reuse either
        for (Job j : jobs) if (!seen.add(j.key())) twice.add(j.key());
        List<Job> todo = jobs.stream()
                .filter(j -> twice.contains(j.key()) || !previous.pages().containsKey(j.key()) || rerun.test(j.reach()))
                .toList();
        // Pages are independent: render them in parallel, keep the output in a stable order.
        org.decisionguide.render.view.CalculatorLinks calculator = CalculatorView.links(ctx);
        List<Rendering.Page> done = todo.parallelStream().map(j -> run(ctx, j, calculator)).toList();
        Map<Job, Rendering.Page> fresh = new IdentityHashMap<>();
        for (int i = 0; i < todo.size(); i++) fresh.put(todo.get(i), done.get(i));

        Map<String, Rendering.Page> pages = new LinkedHashMap<>();
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Head> indexed = new ArrayList<>();
        Set<String> used = new HashSet<>(ctx.usedMessages.outsidePages());
        for (Job j : jobs) {
            Rendering.Page page = fresh.containsKey(j) ? fresh.get(j) : previous.pages().get(j.key());
            pages.put(j.key(), page);
            if (page.file() != null) files.add(page.file());
            if (page.indexed() != null) indexed.add(page.indexed());
            extra.addAll(page.extras());
            problems.addAll(page.problems());
            used.addAll(page.messages());
        }
        Rendering.Sitemap sitemap = indexed.equals(previous.sitemap().heads()) && previous.sitemap().file() != null
                ? previous.sitemap() : new Rendering.Sitemap(indexed, SiteFiles.sitemap(indexed));
        extra.add(sitemap.file());
        problems.addAll(unusedMessages(ctx, used));
        extra.sort(java.util.Comparator.comparing(OutputFile::path));
        files.addAll(extra);
        return new Rendering(pages, files, problems, todo.size(), sitemap);
    }

    /** Every page of the site as a job, in output order; adds the files that are not pages to {@code extra}. */
    private List<Job> plan(RenderContext ctx, List<OutputFile> extra) {
        Site site = ctx.site;
        List<Job> jobs = new ArrayList<>();
        String source = site.config().sourceLanguage();
        jobs.add(new Job("chooser.ftlh", out -> chooser(ctx), source, ctx.urls.chooser(), Reach.NONE));
        Set<String> termArticles = new HashSet<>();
        site.glossary().forEach(t -> termArticles.addAll(t.articles()));
        Set<String> checklistArticles = new HashSet<>();
        if (site.checklist() != null) site.checklist().items().forEach(i -> checklistArticles.addAll(i.articles()));
        for (Language lang : site.config().languages()) {
            String l = lang.code();
            jobs.add(new Job("home.ftlh", out -> home(ctx, l), l, ctx.urls.home(l),
                    Reach.mentioning(keys(ctx.readableArticles(l)))));
            jobs.add(new Job("glossary.ftlh", out -> GlossaryView.page(ctx, l), l, ctx.urls.glossary(l),
                    Reach.mentioning(keys(l, termArticles))));
            jobs.add(new Job("translations.ftlh", out -> TranslationsView.page(ctx, l), l, ctx.urls.translations(l), Reach.ANY));
            jobs.add(new Job("search.ftlh", out -> SearchView.page(ctx, l), l, ctx.urls.search(l), Reach.ANY));
            for (org.decisionguide.model.Translations.Entry missing : ctx.missing(l)) {
                jobs.add(new Job("article.ftlh", out -> ArticleView.fallback(ctx, missing).page(), l,
                        ctx.urls.article(l, missing.source().slug()), articleReach(ctx, missing.source(), l)));
            }
            for (Article a : ctx.published(l)) { // a scaffold is not among them: readers get the fallback above
                jobs.add(new Job("article.ftlh", out -> {
                    ArticleView.Built built = ArticleView.page(ctx, a);
                    out.problems.addAll(built.problems());
                    return built.page();
                }, l, ctx.urls.article(a), articleReach(ctx, a, l)));
            }
        }
        java.util.Map<String, String> moves = new java.util.TreeMap<>();
        jobs.add(new Job("notfound.ftlh", out -> Extras.notFound(ctx, null), source, ctx.urls.root("404.html"), Reach.NONE));
        for (Language lang : site.config().languages()) {
            String l = lang.code();
            jobs.add(new Job("notfound.ftlh", out -> Extras.notFound(ctx, l), l, ctx.urls.root(l + "/404.html"), Reach.NONE));
            for (java.util.Map.Entry<String, List<Article>> tag : Extras.tags(ctx, l).entrySet()) {
                jobs.add(new Job("tag.ftlh", out -> Extras.tagPage(ctx, l, tag.getKey(), tag.getValue()), l,
                        ctx.urls.tag(l, org.decisionguide.markdown.Slugger.slug(tag.getKey())),
                        new Reach(null, keys(tag.getValue()), l + "/" + tag.getKey(), false)));
            }
            Set<String> occupied = new HashSet<>();
            ctx.readableArticles(l).forEach(a -> occupied.add(ctx.urls.article(l, a.slug())));
            for (Article a : ctx.published(l)) {
                for (String alias : a.meta().aliases()) {
                    String from = ctx.urls.root(alias.substring(1));
                    occupied.add(from);
                    moves.put(from, ctx.urls.article(a));
                    jobs.add(new Job("redirect.ftlh", out -> Extras.redirect(ctx, a, from), l, from, new Reach(a.id(), Set.of(), null, false)));
                }
            }
            // Until a translation was published, its language's readers found the original at the original's slug
            // (the fallback page); links to that address keep working once the translation has a slug of its own.
            for (Article a : ctx.published(l)) {
                org.decisionguide.model.Translations.Entry e = ctx.translation(l, a.id());
                if (e == null || e.source() == a || e.translation() != a) continue;
                String from = ctx.urls.article(l, e.source().slug());
                if (!occupied.add(from)) continue;
                moves.put(from, ctx.urls.article(a));
                // It shows the translation's title and summary; its address and target change only with a slug (a full build).
                jobs.add(new Job("redirect.ftlh", out -> Extras.redirect(ctx, a, from), l, from, Reach.mentioning(Set.of(l + "/" + a.id()))));
            }
            extra.add(SiteFiles.feed(ctx, l, ctx.published(l).stream().filter(a -> !a.meta().draft()).toList()));
        }
        extra.add(SiteFiles.robots(ctx));
        if (site.tree() != null) {
            DecideView decide = new DecideView(ctx);
            extra.add(decide.treeJson());
            // Shared links to paths the tree has dropped lead on to where their answers still go.
            Map<String, org.decisionguide.model.TreePath> former = org.decisionguide.model.TreeRedirects.of(site.tree(), decide.paths());
            for (Language lang : site.config().languages()) {
                String l = lang.code();
                for (Map.Entry<String, org.decisionguide.model.TreePath> r : former.entrySet()) {
                    String from = ctx.urls.decide(l) + r.getKey();
                    moves.put(from, decide.url(l, r.getValue()));
                    jobs.add(new Job("redirect.ftlh", out -> decide.redirect(l, r.getValue()), l, from, Reach.NONE));
                }
            }
            for (Language lang : site.config().languages()) {
                for (org.decisionguide.model.TreePath path : decide.paths()) {
                    String l = lang.code();
                    Set<String> outcomeArticles = site.tree().node(path.node()).filter(n -> !n.isQuestion())
                            .map(n -> shown(ctx, l, n.articles())).orElse(Set.of());
                    jobs.add(new Job("decide.ftlh", out -> {
                        org.decisionguide.render.view.DecidePage page = decide.page(l, path);
                        if (page.outcome()) out.extras.add(decide.record(l, path, page));
                        return page;
                    }, l, decide.url(l, path), Reach.mentioning(outcomeArticles)));
                }
            }
        }
        if (!moves.isEmpty()) extra.add(SiteFiles.redirects(moves));
        if (site.checklist() != null) {
            for (Language lang : site.config().languages()) {
                String l = lang.code();
                jobs.add(new Job("checklist.ftlh", out -> {
                    org.decisionguide.render.view.ChecklistPage page = ChecklistView.page(ctx, l);
                    out.extras.add(ChecklistView.record(ctx, l, page));
                    return page;
                }, l, ctx.urls.checklist(l), Reach.mentioning(shown(ctx, l, checklistArticles))));
            }
        }
        if (site.calculator() != null) calculatorJobs(ctx, jobs);
        return jobs;
    }

    /** The break-even calculator, one page and one Markdown record per language; its data problems go with the first page. */
    private static void calculatorJobs(RenderContext ctx, List<Job> jobs) {
        CalculatorView calc = new CalculatorView(ctx);
        String source = ctx.site.config().sourceLanguage();
        for (Language lang : ctx.site.config().languages()) {
            String l = lang.code();
            Set<String> shown = shown(ctx, l, List.of(ctx.site.calculator().article()));
            jobs.add(new Job("calculator.ftlh", out -> {
                if (l.equals(source)) out.problems.addAll(calc.problems());
                if (!calc.usable()) return null;
                CalculatorView.Built built = calc.build(l);
                out.extras.add(built.record());
                return built.page();
            }, l, calc.url(l), Reach.mentioning(shown)));
        }
    }

    /**
     * An article page in {@code pageLang} (its own, or the fallback copy of an original) shows the article, the
     * titles of its neighbours in the language's reading order, and the titles of the articles its terms link.
     */
    private static Reach articleReach(RenderContext ctx, Article a, String pageLang) {
        Set<String> mentions = new HashSet<>();
        List<Article> order = ctx.readableArticles(pageLang);
        for (int i = 0; i < order.size(); i++) {
            if (!order.get(i).id().equals(a.id())) continue;
            if (i > 0) mentions.add(key(order.get(i - 1)));
            if (i < order.size() - 1) mentions.add(key(order.get(i + 1)));
        }
        for (String id : a.meta().terms()) {
            org.decisionguide.model.Term term = ctx.terms.get(id);
            if (term != null) mentions.addAll(keys(a.lang(), term.articles())); // "terms used" is in the article's language
        }
        return new Reach(a.id(), mentions, null, false);
    }

    /** "lang/id": which version of an article a page shows. */
    private static String key(Article a) {
        return a.lang() + "/" + a.id();
    }

    private static Set<String> keys(List<Article> articles) {
        Set<String> keys = new HashSet<>();
        articles.forEach(a -> keys.add(key(a)));
        return keys;
    }

    private static Set<String> keys(String lang, java.util.Collection<String> ids) {
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(lang + "/" + id));
        return keys;
    }

    /** The versions the tree and the checklist link in a language: its own, else the fallback (as their views choose). */
    private static Set<String> shown(RenderContext ctx, String lang, java.util.Collection<String> ids) {
        Set<String> keys = new HashSet<>();
        for (String id : ids) ctx.index.get(lang, id).or(() -> ctx.fallback(id)).ifPresent(a -> keys.add(key(a)));
        return keys;
    }

    /**
     * Key families looked up by computed name ("callout_" + kind), or only when the content calls for them (an
     * overdue review, an expired claim): used whenever one of them exists.
     */
    private static final java.util.List<String> COMPUTED_KEYS = java.util.List.of("callout_", "section_", "status_", "notice_",
            "facts_", "claim_");

    /** Messages in the source language's file that no page asked for: a leftover every translator would still translate. */
    private List<Problem> unusedMessages(RenderContext ctx, Set<String> used) {
        org.decisionguide.model.UiStrings source = ctx.site.ui().get(ctx.site.config().sourceLanguage());
        if (source == null) return List.of();
        List<Problem> out = new ArrayList<>();
        for (String key : source.messages().keySet()) {
            if (used.contains(key) || templates.messageKeys().contains(key) || COMPUTED_KEYS.stream().anyMatch(key::startsWith)) continue;
            out.add(Problem.warning(source.file(), source.lineOf().of("/messages/" + key), "message \"" + key
                    + "\" is not used by any page", "remove it from templates/i18n/*.yaml (every language), or use it in a template"));
        }
        return out;
    }

    /** What a page's view adds besides the page: problems, and files written beside it. One thread per page. */
    private static final class Out {
        final List<Problem> problems = new ArrayList<>();
        final List<OutputFile> extras = new ArrayList<>();
    }

    private record Job(String template, java.util.function.Function<Out, Object> view, String lang, String url, Reach reach) {
        String key() {
            return template + " " + url;
        }
    }

    /** @param calculator where pages link to the calculator (every template may ask), or null */
    private Rendering.Page run(RenderContext ctx, Job job, org.decisionguide.render.view.CalculatorLinks calculator) {
        Out out = new Out();
        Head indexed = null;
        OutputFile file = null;
        Set<String> used;
        ctx.usedMessages.beginPage();
        try {
            Object view = job.view().apply(out);
            if (view != null) { // null: the view reported why it cannot be drawn
                if (view instanceof org.decisionguide.render.view.PageView pv && !pv.head().social().noindex()) indexed = pv.head();
                Map<String, Object> model = RenderContext.model(view, ctx.messages(job.lang()));
                if (calculator != null) model.put("calculator", calculator);
                String html = templates.render(job.template(), model);
                file = new OutputFile(ctx.urls.fileFor(job.url()), html.getBytes(StandardCharsets.UTF_8));
            }
        } catch (ParseException e) {
            out.problems.add(templateProblem(job.template(), e.getTemplateName(), e.getLineNumber(), e.getEditorMessage()));
        } catch (TemplateException e) {
            out.problems.add(templateProblem(job.template(), e.getTemplateSourceName(), e.getLineNumber(), e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            out.problems.add(Problem.error(Path.of("templates", job.template()), 0, "cannot read the template: " + e.getMessage(),
                    "check that the file exists in templates/"));
        } catch (RuntimeException e) {
            // A bug in the generator, not in the content: name the page so it can be reproduced, keep the build going.
            out.problems.add(Problem.error(Path.of(ctx.urls.fileFor(job.url())), 0, "internal error while rendering " + job.url() + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), "this is a bug in the generator; please report it with this line"));
        } finally {
            used = ctx.usedMessages.endPage();
        }
        return new Rendering.Page(file, indexed, out.extras, out.problems, used);
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
