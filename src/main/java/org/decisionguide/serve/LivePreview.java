package org.decisionguide.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import org.decisionguide.model.Problem;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.IncrementalBuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./guide serve}: builds into memory (drafts included), serves on 127.0.0.1, and rebuilds whenever a
 * file under content/, templates/, assets/, glossary/ or site.yaml changes (folders created later included).
 * An edit of article files only rebuilds what it reaches ({@link IncrementalBuild}); anything else rebuilds the
 * whole site. A broken build prints its problems and shows them in the browser, on top of the last good site (or on
 * a page of their own before the first good build) until the next good build; open pages reload themselves.
 */
public final class LivePreview implements AutoCloseable {
    static final List<String> WATCHED = List.of("content", "templates", "assets", "glossary");

    private final Path root;
    private final IncrementalBuild builds;
    private final SiteServer server;
    private final String base;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "guide-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Files changed since the last rebuild, relative to the root; {@link #everything} when that is not known. */
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everything = new AtomicBoolean();
    private DirectoryWatcher watcher;
    private FileTime siteYaml;

    public LivePreview(Path root, int port, boolean strict, PrintStream out) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.out = out;
        this.server = new SiteServer(port, "");
        this.server.enableLiveReload();
        this.base = "http://127.0.0.1:" + server.port();
        this.builds = new IncrementalBuild(new BuildOptions(this.root, strict, base, true));
    }

    public String address() {
        return base + "/";
    }

    /**
     * Builds once, then watches and serves; false (with the problems printed) when that first build failed: until a
     * save fixes it, every address shows the problems.
     */
    public boolean start() throws IOException {
        BuildResult first = report(builds.full().result());
        List<Path> dirs = new ArrayList<>();
        for (String d : WATCHED) if (Files.isDirectory(root.resolve(d))) dirs.add(root.resolve(d));
        watcher = DirectoryWatcher.builder().paths(dirs).fileHashing(false)
                .listener(this::changed).build();
        // Watch before serving: on a big site registering the folders takes a moment, and an edit made as soon as
        // the first page is served must not be missed.
        watcher.watchAsync();
        server.start();
        siteYaml = modified(root.resolve("site.yaml"));
        // site.yaml sits at the root, which is not watched (target/ and .git would be): poll its time instead.
        timer.scheduleWithFixedDelay(() -> {
            FileTime now = modified(root.resolve("site.yaml"));
            if (now != null && !now.equals(siteYaml)) {
                siteYaml = now;
                everything.set(true);
                schedule();
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        return !first.hasErrors();
    }

    private void changed(DirectoryChangeEvent e) {
        Path p = e.path() == null ? null : e.path().toAbsolutePath().normalize();
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || p == null || !p.startsWith(root)) everything.set(true);
        else changed.add(root.relativize(p));
        schedule();
    }

    /** Coalesces a burst of file events (an editor saving several files) into one rebuild. */
    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            timer.schedule(() -> {
                pending.set(false);
                rebuild();
            }, 40, TimeUnit.MILLISECONDS);
        }
    }

    private void rebuild() {
        Set<Path> files = new HashSet<>();
        for (Iterator<Path> it = changed.iterator(); it.hasNext(); ) {
            files.add(it.next());
            it.remove();
        }
        boolean all = everything.getAndSet(false);
        if (files.isEmpty() && !all) return; // already picked up by the previous rebuild
        long t0 = System.nanoTime();
        IncrementalBuild.Rebuild r = all ? builds.full() : builds.articles(files);
        report(r.result());
        if (!r.result().hasErrors()) {
            StringBuilder stages = new StringBuilder();
            for (String stage : List.of("load", "validate", "render", "check")) {
                Long ms = r.result().stageMillis().get(stage);
                if (ms != null) stages.append(stages.isEmpty() ? "" : ", ").append(stage).append(' ').append(ms);
            }
            out.printf("rebuilt %d pages in %d ms%s (%s)%n", r.pages(), (System.nanoTime() - t0) / 1_000_000,
                    r.incremental() ? "" : ", whole site", stages);
        }
    }

    /** Prints the problems and serves the build, or shows the problems over the last good site. */
    private BuildResult report(BuildResult r) {
        for (Problem p : r.problems()) out.println(p.format());
        if (r.hasErrors()) {
            out.println("build failed: " + r.errors() + " errors; still serving the last good site, with the problems on every page");
            server.showProblems(r.problems());
        } else {
            server.replace(r.files());
        }
        return r;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        if (watcher != null) watcher.close();
        server.close();
    }
}
