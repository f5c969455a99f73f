package org.decisionguide.publish;

import org.decisionguide.model.OutputFile;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes a built site so that readers never see a half-written one: the files go to a fresh folder under
 * {@code .builds/}, then the output path (a symlink) is switched to it by one atomic rename. A failed or
 * killed build never touches the published folder. The previous build is kept; older ones are removed.
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
        Path fresh = builds.resolve(output.getFileName() + "-" + LocalDateTime.now().format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(fresh);
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        for (OutputFile f : files) {
            Path target = fresh.resolve(f.path()).normalize();
            if (!target.startsWith(fresh)) throw new IOException("refusing to write outside the build folder: " + f.path());
            folders.add(target.getParent());
        }
        // Thousands of small files in their own folders: both cores, a level of folders at a time, then the files.
        try {
            java.util.Map<Integer, List<Path>> byDepth = new java.util.TreeMap<>();
            for (Path folder : folders) {
                for (Path p = folder; p != null && p.startsWith(fresh) && !p.equals(fresh); p = p.getParent()) {
                    byDepth.computeIfAbsent(p.getNameCount(), d -> new java.util.ArrayList<>()).add(p);
                }
            }
            for (List<Path> level : byDepth.values()) {
                level.stream().distinct().toList().parallelStream().forEach(folder -> {
                    try {
                        Files.createDirectory(folder);
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        // a parent of two folders
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            files.parallelStream().forEach(f -> {
                try {
                    Files.write(fresh.resolve(f.path()), f.bytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Path previous = Files.isSymbolicLink(output) ? output.resolveSibling(Files.readSymbolicLink(output)).normalize() : null;
        if (Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(output)) {
            // A real folder from an older layout (or a copy): keep it as a build, then manage the path as a link.
            Files.move(output, builds.resolve(output.getFileName() + "-adopted-" + LocalDateTime.now().format(STAMP)));
        }
        Path link = builds.resolve(".link-" + UUID.randomUUID());
        Files.createSymbolicLink(link, output.getParent().relativize(fresh));
        Files.move(link, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOldBuilds(builds, fresh, previous);
        return fresh;
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

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.toList();
            // Files first (in parallel, there are thousands), then folders from the deepest up.
            List<Path> folders = all.stream().filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
            all.parallelStream().filter(Files::isRegularFile).forEach(Publisher::delete);
            folders.forEach(Publisher::delete);
        }
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
