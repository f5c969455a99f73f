package org.decisionguide.render;

import org.decisionguide.Fixtures;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.Article;
import org.decisionguide.model.Site;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The render stage of one Czech article page, split: the view (body HTML, terms, typography, switcher) and the
 * Freemarker template over a finished view. Run by `bench/stages` with {@code StageBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateBenchmarks {
    private RenderContext ctx;
    private Article article;
    private Templates templates;
    private Map<String, Object> model;

    @Setup
    public void setUp() throws Exception {
        Markdown markdown = new Markdown(true);
        Site site = new SiteLoader(Fixtures.repoRoot(), markdown).load().value();
        ctx = new RenderContext(site, markdown, false);
        article = ctx.published("cs").stream().filter(a -> a.id().equals("evals-first")).findFirst().orElseThrow();
        templates = new Templates(Fixtures.repoRoot().resolve("templates"));
        model = RenderContext.model(ArticleView.page(ctx, article).page(), ctx.messages("cs"));
    }

    @Benchmark
    public Object articleView() {
        return ArticleView.page(ctx, article);
    }

    @Benchmark
    public Object articleTemplate() throws Exception {
        return templates.render("article.ftlh", model);
    }
}
