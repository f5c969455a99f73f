package org.decisionguide.pipeline;

import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.AssetReader;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.model.TreePath;
import org.decisionguide.render.SiteRenderer;
import org.decisionguide.render.Templates;
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

    public static BuildResult build(BuildOptions options) {
        Map<String, Long> times = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        org.decisionguide.markdown.Markdown markdown = new org.decisionguide.markdown.Markdown(true); // one per build
        Result<Site> loaded = new SiteLoader(options.root(), markdown).load();
        Result<List<OutputFile>> assets = AssetReader.read(options.root());
        problems.addAll(loaded.problems());
        problems.addAll(assets.problems());
        long t1 = lap(times, "load", t0);
        Site site = loaded.value();
        if (site == null) return done(null, List.of(), problems, times, List.of());
        SiteConfig config = site.config().withStrict(site.config().strict() || options.strict());
        if (options.baseUrl() != null) config = config.withBaseUrl(options.baseUrl());
        site = site.withConfig(config);

        problems.addAll(Validator.validate(site));
        long t2 = lap(times, "validate", t1);

        Templates templates;
        try {
            templates = new Templates(options.root().resolve("templates"));
        } catch (IOException e) {
            problems.add(Problem.error(Path.of("templates"), 0, "cannot open the templates folder", "check that templates/ exists"));
            return done(config, List.of(), problems, times, List.of());
        }
        Result<List<OutputFile>> pages = new SiteRenderer(templates, options.drafts(), markdown).render(site);
        problems.addAll(pages.problems());
        List<OutputFile> files = new ArrayList<>(pages.value());
        files.addAll(assets.value());
        files.add(org.decisionguide.render.SiteFiles.headers(org.decisionguide.serve.SecurityHeaders.all()));
        long t3 = lap(times, "render", t2);

        problems.addAll(new SiteChecker(config, Path.of(config.output())).check(files));
        lap(times, "check", t3);
        return done(config, files, problems, times, notes(site));
    }

    private static List<String> notes(Site site) {
        if (site.tree() == null) return List.of();
        List<TreePath> pages = TreePath.all(site.tree(), site.tree().maxPages());
        long outcomes = pages.stream().filter(p -> p.endsAtOutcome(site.tree())).count();
        return List.of("decision tree: " + outcomes + " distinct paths to an outcome, " + pages.size()
                + " pages per language (bound " + site.tree().maxPages() + ")");
    }

    private static BuildResult done(SiteConfig config, List<OutputFile> files, List<Problem> problems, Map<String, Long> times,
                                    List<String> notes) {
        // The same template error hits every page; say it once.
        List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(ORDER);
        return new BuildResult(config, files, sorted, times, notes);
    }

    private static long lap(Map<String, Long> times, String stage, long since) {
        long now = System.nanoTime();
        times.put(stage, (now - since) / 1_000_000);
        return now;
    }
}
