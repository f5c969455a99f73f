package org.decisionguide.pipeline;

import org.decisionguide.check.PageFacts;
import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.AssetReader;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.model.TreePath;
import org.decisionguide.render.Rendering;
import org.decisionguide.render.SiteRenderer;
import org.decisionguide.render.Templates;
import org.decisionguide.search.ReadPages;
import org.decisionguide.search.SearchIndex;
import org.decisionguide.validate.LocalTermLint;
import org.decisionguide.validate.Validator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * load → validate → render → check, in memory. Every stage runs even when an earlier one found problems
 * (on what could be loaded), so a contributor sees all problems of a run at once. Nothing is written here;
 * publishing is the caller's decision.
 */
public final class Pipeline {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    private Pipeline() {}

    /**
     * {@code -Dguide.bench.cpu=true}: the process's CPU time (every thread, the JIT's and GC's too) after each stage,
     * on stderr, so that bench/search can tell what a stage costs on a machine whose wall times are noisy.
     */
    private static final boolean CPU_TRACE = Boolean.getBoolean("guide.bench.cpu");

    public static BuildResult build(BuildOptions options) {
        return buildKeeping(options).result();
    }

    /** A build and what it knew; the state is null when there was no site to render (site.yaml or templates/ unreadable). */
    record Kept(BuildResult result, BuildState state) {}

    /** {@link #build}, keeping what the live preview needs to redo only what an edit reaches. */
    static Kept buildKeeping(BuildOptions options) {
        Map<String, Long> times = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        org.decisionguide.markdown.Markdown markdown = new org.decisionguide.markdown.Markdown(true); // one per build
        Result<Site> loaded = new SiteLoader(options.root(), markdown).load();
        Result<List<OutputFile>> assets = AssetReader.read(options.root());
        problems.addAll(loaded.problems());
        problems.addAll(assets.problems());
        List<Problem> loadProblems = List.copyOf(problems);
        long t1 = lap(times, "load", t0);
        Site site = loaded.value();
        if (site == null) return new Kept(done(null, List.of(), problems, times, List.of()), null);
        SearchIndex.prepare(site.config().languageCodes()); // loads while validate and render run
        SiteConfig config = site.config().withStrict(site.config().strict() || options.strict());
        if (options.baseUrl() != null) config = config.withBaseUrl(options.baseUrl());
        config = config.withFreshness(config.freshness().failingOnOverdue(options.failOnOverdue()));
        if (options.today() != null) config = config.withFreshness(config.freshness().withToday(options.today()));
        site = site.withConfig(config);

        problems.addAll(Validator.acrossArticles(site));
        Map<Path, List<Problem>> lint = byFile(LocalTermLint.check(site));
        lint.values().forEach(problems::addAll);
        long t2 = lap(times, "validate", t1);

        Templates templates;
        try {
            templates = new Templates(options.root().resolve("templates"));
        } catch (IOException e) {
            problems.add(Problem.error(Path.of("templates"), 0, "cannot open the templates folder", "check that templates/ exists"));
            return new Kept(done(config, List.of(), problems, times, List.of()), null);
        }
        Rendering pages = new SiteRenderer(templates, options.drafts(), markdown).render(site, Rendering.NONE, reach -> true);
        problems.addAll(pages.problems());
        long t2b = lap(times, "render", t2);
        SearchIndex.Built index = search(site, pages.files(), problems, ReadPages.NONE);
        List<OutputFile> files = withSiteFiles(withIndex(pages.files(), index), assets.value());
        long t3 = lap(times, "search", t2b);

        SiteChecker checker = checker(config);
        Map<String, PageFacts> facts = CheckedPages.read(checker, files, Map.of(), Map.of(), index.parsed());
        Map<String, OutputFile> byPath = CheckedPages.byPath(files);
        problems.addAll(checker.check(facts, byPath.keySet(), byPath::get));
        problems.addAll(checker.checkSources(site, facts, byPath.keySet()));
        lap(times, "check", t3);
        List<String> notes = notes(site);
        BuildState state = new BuildState(site, loadProblems, lint, assets.value(), templates, pages, files, facts, index.read(), notes);
        return new Kept(done(config, files, problems, times, notes), state);
    }

    /**
     * Each language's search index, built from the rendered pages (org.decisionguide.search); {@code before} is what
     * the previous build read from them. {@code -Dguide.bench.noSearch=true} skips it, for bench/search to time a
     * build without it.
     */
    static SearchIndex.Built search(Site site, List<OutputFile> pages, List<Problem> problems, ReadPages before) {
        if (Boolean.getBoolean("guide.bench.noSearch")) return new SearchIndex.Built(List.of(), List.of(), Map.of(), ReadPages.NONE);
        SearchIndex.Built index = SearchIndex.build(site, pages, site.config().basePath(), before);
        problems.addAll(index.problems());
        return index;
    }

    /** The rendered pages, then the index files. */
    static List<OutputFile> withIndex(List<OutputFile> pages, SearchIndex.Built index) {
        List<OutputFile> all = new ArrayList<>(pages);
        all.addAll(index.files());
        return all;
    }

    /** The rendered pages, then the assets, then {@code _headers}: every file a build publishes, in order. */
    static List<OutputFile> withSiteFiles(List<OutputFile> pages, List<OutputFile> assets) {
        List<OutputFile> files = new ArrayList<>(pages);
        files.addAll(assets);
        files.add(org.decisionguide.render.SiteFiles.headers(org.decisionguide.serve.SecurityHeaders.all()));
        return files;
    }

    /** Problems grouped by the file they are about, in order. */
    static Map<Path, List<Problem>> byFile(List<Problem> problems) {
        Map<Path, List<Problem>> out = new LinkedHashMap<>();
        problems.forEach(p -> out.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        return out;
    }

    static SiteChecker checker(SiteConfig config) {
        return new SiteChecker(config, Path.of(config.output()), true);
    }

    static List<String> notes(Site site) {
        if (site.tree() == null) return List.of();
        List<TreePath> pages = TreePath.all(site.tree(), site.tree().maxPages());
        long outcomes = pages.stream().filter(p -> p.endsAtOutcome(site.tree())).count();
        return List.of("decision tree: " + outcomes + " distinct paths to an outcome, " + pages.size()
                + " pages per language (bound " + site.tree().maxPages() + ")");
    }

    static BuildResult done(SiteConfig config, List<OutputFile> files, List<Problem> problems, Map<String, Long> times,
                                    List<String> notes) {
        // The same template error hits every page; say it once.
        List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(ORDER);
        return new BuildResult(config, files, sorted, times, notes);
    }

    static long lap(Map<String, Long> times, String stage, long since) {
        long now = System.nanoTime();
        times.put(stage, (now - since) / 1_000_000);
        if (CPU_TRACE) System.err.printf("cpu after %s: %d ms%n", stage,
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000);
        return now;
    }
}
