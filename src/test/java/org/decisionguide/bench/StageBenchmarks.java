package org.decisionguide.bench;

import org.decisionguide.Fixtures;
import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.ArticleParser;
import org.decisionguide.markdown.LinkRewriter;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Per-stage microbenchmarks on a real Czech article, so a regression shows in the stage that caused it:
 * `bench/stages` runs them. Not a test (surefire ignores it): timing lives in benchmarks, not assertions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageBenchmarks {
    private String articleText;
    private String body;
    private Markdown markdown;
    private List<OutputFile> articlePage;
    private SiteChecker checker;

    @Setup
    public void setUp() throws Exception {
        Path file = Fixtures.repoRoot().resolve("content/cs/articles/evals-first.md");
        articleText = Files.readString(file);
        body = articleText.substring(articleText.indexOf("\n---\n", 4) + 5);
        markdown = new Markdown();
        BuildResult site = Pipeline.build(new BuildOptions(Fixtures.repoRoot(), false, null));
        articlePage = site.files().stream().filter(f -> f.path().equals("cs/articles/nejdriv-evaly/index.html")).toList();
        SiteConfig config = site.config();
        checker = new SiteChecker(config, Path.of("public"));
    }

    @Benchmark
    public Object frontMatterAndOutline() {
        return ArticleParser.parse(Path.of("content/cs/articles/evals-first.md"), "cs", "evals-first", articleText);
    }

    @Benchmark
    public Object markdownRender() {
        return markdown.renderDocument(markdown.parse(body), LinkRewriter.SAFE_AS_WRITTEN);
    }

    /** Reading one built page for the checks (the per-page cost; the cross-page checks run over facts). */
    @Benchmark
    public Object checkOnePage() {
        return checker.reader().read(articlePage.get(0));
    }

    @Benchmark
    public Object wholeSite() {
        return Pipeline.build(new BuildOptions(Fixtures.repoRoot(), false, null));
    }
}
