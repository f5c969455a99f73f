package org.decisionguide.serve;

import io.methvin.watcher.DirectoryWatcher;
import org.decisionguide.model.Problem;
import org.decisionguide.pipeline.BuildOptions;
import org.decisionguide.pipeline.BuildResult;
import org.decisionguide.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./guide serve}: builds into memory (drafts included), serves on 127.0.0.1, and rebuilds whenever a
 * file under content/, templates/, assets/, glossary/ or site.yaml changes (folders created later included).
 * A broken build prints its problems and the last good site stays up; open pages reload themselves.
 */
public final class LivePreview implements AutoCloseable {
    static final List<String> WATCHED = List.of("content", "templates", "assets", "glossary");

    private final Path root;
    private final boolean strict;
    private final SiteServer server;
    private final String base;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "guide-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private DirectoryWatcher watcher;
    private FileTime siteYaml;

    public LivePreview(Path root, int port, boolean strict, PrintStream out) throws IOException {
        this.root = root;
        this.strict = strict;
        this.out = out;
        this.server = new SiteServer(port, "");
        this.server.enableLiveReload();
        this.base = "http://127.0.0.1:" + server.port();
    }

    public String address() {
        return base + "/";
    }

    /** Builds once; false (with the problems printed) when there is no good site to serve. */
    public boolean start() throws IOException {
        BuildResult first = build();
        if (first.hasErrors()) return false;
        server.start();
        List<Path> dirs = new ArrayList<>();
        for (String d : WATCHED) if (Files.isDirectory(root.resolve(d))) dirs.add(root.resolve(d));
        watcher = DirectoryWatcher.builder().paths(dirs).fileHashing(false)
                .listener(e -> schedule()).build();
        watcher.watchAsync();
        siteYaml = modified(root.resolve("site.yaml"));
        // site.yaml sits at the root, which is not watched (target/ and .git would be): poll its time instead.
        timer.scheduleWithFixedDelay(() -> {
            FileTime now = modified(root.resolve("site.yaml"));
            if (now != null && !now.equals(siteYaml)) {
                siteYaml = now;
                schedule();
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        return true;
    }

    /** Coalesces a burst of file events (an editor saving several files) into one rebuild. */
    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            timer.schedule(() -> {
                pending.set(false);
                long t0 = System.nanoTime();
                BuildResult r = build();
                if (!r.hasErrors()) out.printf("rebuilt in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            }, 40, TimeUnit.MILLISECONDS);
        }
    }

    private BuildResult build() {
        BuildResult r = Pipeline.build(new BuildOptions(root, strict, base, true));
        for (Problem p : r.problems()) out.println(p.format());
        if (r.hasErrors()) {
            out.println("build failed: " + r.errors() + " errors; still serving the last good site");
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
