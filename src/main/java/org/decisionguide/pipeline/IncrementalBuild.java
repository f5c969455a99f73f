package org.decisionguide.pipeline;

import org.decisionguide.check.PageFacts;
import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.SiteLoader;
import org.decisionguide.markdown.Markdown;
import org.decisionguide.model.Article;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.render.Rendering;
import org.decisionguide.render.SiteRenderer;
import org.decisionguide.search.SearchIndex;
import org.decisionguide.validate.LocalTermLint;
import org.decisionguide.validate.Validator;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live preview's builds. The first build, and any after a change to something other than article files, is
 * the whole pipeline. After an edit of article files only, it re-parses those files, validates the whole model
 * (the per-article term lint only for those files), re-renders only the pages the edit reaches ({@link EditReach}), re-reads the check stage's facts only
 * for pages whose bytes changed, and runs the cross-page checks over all facts: the same files and problems as a
 * full build, in a fraction of its time. Not thread-safe: one rebuild at a time.
 */
public final class IncrementalBuild {

    /**
     * @param pages       how many pages were rendered (the others were kept from the previous build)
     * @param incremental whether only the edited articles were re-read
     */
    public record Rebuild(BuildResult result, int pages, boolean incremental) {}

    private final BuildOptions options;
    private BuildState last;

    public IncrementalBuild(BuildOptions options) {
        this.options = options;
    }

    /** The whole pipeline, remembered for the next edit. */
    public Rebuild full() {
        Pipeline.Kept kept = Pipeline.buildKeeping(options);
        last = kept.state();
        return new Rebuild(kept.result(), last == null ? 0 : last.rendering().rendered(), false);
    }

    /**
     * Whether {@link #articles} can rebuild after a change of these paths (relative to the root): entries of the
     * article folders of the site's languages that are now either article files with valid ids or gone (an
     * editor's backup file that came and went), and a previous build to start from.
     */
    public boolean canRebuildOnly(Set<Path> changed) {
        if (last == null || changed.isEmpty()) return false;
        for (Path p : changed) {
            if (p.getNameCount() != 4 || !p.getName(0).toString().equals("content") || !p.getName(2).toString().equals("articles")) return false;
            if (last.site().config().language(p.getName(1).toString()).isEmpty()) return false;
            Path file = options.root().resolve(p);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (SiteLoader.articleId(p) == null || Files.isDirectory(file)) return false;
        }
        return true;
    }

    /** Rebuilds after these article files (relative to the root) were edited, added or deleted; a full build when it cannot. */
    public Rebuild articles(Set<Path> changed) {
        if (!canRebuildOnly(changed)) return full();
        BuildState before = last;
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Markdown markdown = new Markdown(true);
        List<Problem> loadProblems = new ArrayList<>();
        Site site = reload(before, changed, markdown, loadProblems);
        List<Problem> problems = new ArrayList<>(loadProblems);
        long t1 = Pipeline.lap(times, "load", t0);

        problems.addAll(Validator.acrossArticles(site));
        Map<Path, List<Problem>> lint = new LinkedHashMap<>(before.lint());
        changed.forEach(lint::remove);
        List<Article> relinted = site.articles().stream().filter(a -> changed.contains(a.file())).toList();
        lint.putAll(Pipeline.byFile(LocalTermLint.check(site, relinted)));
        lint.values().forEach(problems::addAll);
        long t2 = Pipeline.lap(times, "validate", t1);

        Set<String> edited = new HashSet<>();
        changed.stream().map(SiteLoader::articleId).filter(java.util.Objects::nonNull).forEach(edited::add);
        Rendering rendering = new SiteRenderer(before.templates(), options.drafts(), markdown)
                .render(site, before.rendering(), EditReach.of(before.site(), site, edited));
        problems.addAll(rendering.problems());
        long t2b = Pipeline.lap(times, "render", t2);
        // Only pages whose bytes changed are read again, by the search and then by the check.
        SearchIndex.Built index = Pipeline.search(site, rendering.files(), problems, before.search());
        List<OutputFile> files = Pipeline.withSiteFiles(Pipeline.withIndex(rendering.files(), index), before.assets());
        long t3 = Pipeline.lap(times, "search", t2b);

        SiteConfig config = site.config();
        SiteChecker checker = Pipeline.checker(config);
        Map<String, PageFacts> facts = CheckedPages.read(checker, files, before.facts(), CheckedPages.bytesByPath(before.files()),
                index.parsed());
        Map<String, OutputFile> byPath = CheckedPages.byPath(files);
        problems.addAll(checker.check(facts, byPath.keySet(), byPath::get));
        problems.addAll(checker.checkSources(site, facts, byPath.keySet()));
        Pipeline.lap(times, "check", t3);

        last = new BuildState(site, loadProblems, lint, before.assets(), before.templates(), rendering, files, facts, index.read(),
                before.notes());
        return new Rebuild(Pipeline.done(config, files, problems, times, before.notes()), rendering.rendered(), true);
    }

    /**
     * The previous site with the changed article files read again (a deleted file drops its article), in the
     * loader's order; {@code problems} gets the load problems of the new site: the previous ones of every other
     * file, and the changed files' own.
     */
    private Site reload(BuildState before, Set<Path> changed, Markdown markdown, List<Problem> problems) {
        Site old = before.site();
        SiteLoader loader = new SiteLoader(options.root(), markdown);
        Map<Path, Article> byFile = new LinkedHashMap<>();
        old.articles().forEach(a -> byFile.put(a.file(), a));
        Set<Path> unreadable = new HashSet<>(old.unreadable());
        before.loadProblems().stream().filter(p -> !changed.contains(p.file())).forEach(problems::add);
        for (Path file : new TreeSet<>(changed)) {
            byFile.remove(file);
            unreadable.remove(file);
            if (!Files.exists(options.root().resolve(file), LinkOption.NOFOLLOW_LINKS)) continue; // deleted: no article, no problems
            Result<Article> r = loader.article(file, file.getName(1).toString());
            problems.addAll(r.problems());
            if (r.value() != null) byFile.put(file, r.value());
            else unreadable.add(file);
        }
        List<String> languages = old.config().languageCodes();
        // The loader's order: languages as in site.yaml, then file names; ties in guide order keep it.
        List<Article> articles = byFile.values().stream()
                .sorted(Comparator.comparingInt((Article a) -> languages.indexOf(a.lang())).thenComparing(Article::file))
                .toList();
        return new Site(old.config(), articles, old.glossary(), old.tree(), old.treeTexts(), old.checklist(),
                old.checklistTexts(), old.ui(), unreadable, old.calculator());
    }
}
