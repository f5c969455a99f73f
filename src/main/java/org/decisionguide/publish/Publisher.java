package org.decisionguide.publish;

import org.decisionguide.model.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes a built site so that readers never see a half-written one: the files go to a build folder under
 * {@code .builds/} that nobody is served from, then the output path (a symlink) is switched to it by one atomic
 * rename. A failed or killed build never touches the published folder. The previous build is kept (a reader
 * mid-download keeps its files); the one before it is not deleted but renamed and rewritten as the next build,
 * which saves creating and deleting thousands of folders and files per build (docs/decisions/0003-publishing.md).
 */
public final class Publisher {
    public static final String BUILDS = ".builds";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;
    private final Path output;

    public Publisher(Path root, String outputName) {
        this.root = root;
        this.output = root.resolve(outputName);
    }

    /** Writes the files and flips the output link; returns the new build folder. */
    public Path publish(List<OutputFile> files) throws IOException {
        Path builds = Files.createDirectories(root.resolve(BUILDS));
        Path previous = Files.isSymbolicLink(output) ? output.resolveSibling(Files.readSymbolicLink(output)).normalize() : null;
        Path fresh = builds.resolve(output.getFileName() + "-" + LocalDateTime.now().format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        Path spare = spare(builds, previous);
        if (spare != null) Files.move(spare, fresh, StandardCopyOption.ATOMIC_MOVE);
        else Files.createDirectory(fresh);
        write(fresh, files);
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(output)) {
            // A real folder from an older layout (or a copy): keep it as a build, then manage the path as a link.
            Files.move(output, builds.resolve(output.getFileName() + "-adopted-" + LocalDateTime.now().format(STAMP)));
        }
        Path link = builds.resolve(".link-" + UUID.randomUUID());
        Files.createSymbolicLink(link, output.getParent().relativize(fresh));
        Files.move(link, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOldBuilds(builds, fresh, previous);
        return fresh;
    }

    /** An old build that is neither published nor the previous one (nor a folder adopted from an older layout). */
    private Path spare(Path builds, Path published) throws IOException {
        String prefix = output.getFileName() + "-";
        try (Stream<Path> all = Files.list(builds)) {
            return all.sorted()
                    .filter(p -> p.getFileName().toString().startsWith(prefix) && !p.getFileName().toString().contains("-adopted-"))
                    .filter(p -> !p.equals(published) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .findFirst().orElse(null);
        }
    }

    /**
     * Makes {@code dir} hold exactly {@code files}: entries of an earlier build that the new one lacks are removed,
     * and so is anything that is not a plain folder or file (a link planted there could make a write land outside
     * the build); missing folders are created a level at a time, and every file is (re)written, from both cores.
     */
    private static void write(Path dir, List<OutputFile> files) throws IOException {
        Set<Path> wanted = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        Map<Integer, List<Path>> byDepth = new TreeMap<>();
        for (OutputFile f : files) {
            Path target = dir.resolve(f.path()).normalize();
            if (!target.startsWith(dir) || target.equals(dir)) throw new IOException("refusing to write outside the build folder: " + f.path());
            wanted.add(target);
            for (Path p = target.getParent(); !p.equals(dir) && folders.add(p); p = p.getParent()) {
                byDepth.computeIfAbsent(p.getNameCount(), d -> new ArrayList<>()).add(p);
            }
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).forEach(p -> {
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                boolean plain = folder || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                if (!plain || (folder ? !folders.contains(p) : !wanted.contains(p))) stale.add(p);
            });
        }
        stale.sort(Comparator.reverseOrder()); // contents before their folder
        for (Path p : stale) deleteTree(p);
        try {
            for (List<Path> level : byDepth.values()) {
                level.parallelStream().forEach(folder -> {
                    try {
                        Files.createDirectory(folder);
                    } catch (FileAlreadyExistsException e) {
                        // kept from the earlier build
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            files.parallelStream().forEach(f -> {
                try {
                    Files.write(dir.resolve(f.path()), f.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void removeOldBuilds(Path builds, Path keep, Path previous) throws IOException {
        String prefix = output.getFileName() + "-";
        try (Stream<Path> all = Files.list(builds)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix) || p.equals(keep) || p.equals(previous)) continue;
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            delete(top);
            return;
        }
        List<Path> folders = new ArrayList<>();
        List<Path> leaves = new ArrayList<>();
        Files.walkFileTree(top, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                folders.add(d);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                leaves.add(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        // Files first (in parallel, there can be thousands), then folders from the deepest up.
        leaves.parallelStream().forEach(Publisher::delete);
        folders.sort(Comparator.reverseOrder());
        folders.forEach(Publisher::delete);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException ignored) {
            // a concurrent reader's leftovers; the next publish retries
        } catch (IOException e) {
            // an old build that cannot be removed now is removed by a later publish
        }
    }
}
