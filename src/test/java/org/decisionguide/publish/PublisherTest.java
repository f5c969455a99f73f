package org.decisionguide.publish;

import org.decisionguide.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every publish leaves exactly the new files behind the link, whatever the folder it reused held before. */
class PublisherTest {

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> published(Path root) throws IOException {
        Path site = root.resolve("public").toRealPath();
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                String rel = site.relativize(p).toString();
                if (Files.isRegularFile(p)) out.put(rel, Files.readString(p));
                else if (!rel.isEmpty()) out.put(rel + "/", "");
            }
        }
        return out;
    }

    @Test
    void aReusedBuildFolderHoldsExactlyTheNewFiles(@TempDir Path root) throws IOException {
        Publisher publisher = new Publisher(root, "public");
        publisher.publish(List.of(file("index.html", "one"), file("en/a/index.html", "a1"), file("en/gone/index.html", "x"),
                file("en/b", "a file where a folder will be")));
        Path first = root.resolve("public").toRealPath();
        publisher.publish(List.of(file("index.html", "two")));
        // The third build reuses the first one's folder: nothing of it may survive but what the new build wrote.
        Path third = publisher.publish(List.of(file("index.html", "three"), file("en/a/index.html", "a3"),
                file("en/b/index.html", "b3")));
        assertFalse(Files.exists(first), "the first build's folder was renamed for reuse");
        assertEquals(Map.of("index.html", "three", "en/", "", "en/a/", "", "en/a/index.html", "a3", "en/b/", "",
                "en/b/index.html", "b3"), published(root));
        assertEquals(third, root.resolve("public").toRealPath());
        try (Stream<Path> builds = Files.list(root.resolve(Publisher.BUILDS))) {
            assertEquals(2, builds.filter(p -> p.getFileName().toString().startsWith("public-")).count(),
                    "the published build and the previous one are kept");
        }
    }

    @Test
    void aFolderWithALinkInsideIsNeverWrittenThrough(@TempDir Path root) throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        publishOverPlantedLink(root, old -> Files.createSymbolicLink(old.resolve("en/index.html"), outside.resolve("victim.html")));
        assertFalse(Files.exists(outside.resolve("victim.html")), "nothing was written through the link");
        assertEquals("three", Files.readString(root.resolve("public/en/index.html")));
        assertFalse(Files.isSymbolicLink(root.resolve("public").toRealPath().resolve("en/index.html")), "the link itself is gone");
    }

    @Test
    void aLinkedFolderInAReusedBuildIsReplacedNotFollowed(@TempDir Path root) throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        publishOverPlantedLink(root, old -> {
            Files.delete(old.resolve("en"));
            Files.createSymbolicLink(old.resolve("en"), outside);
        });
        try (Stream<Path> left = Files.list(outside)) {
            assertEquals(0, left.count(), "nothing was written into the linked folder");
        }
        assertEquals("three", Files.readString(root.resolve("public/en/index.html")));
    }

    private interface Plant {
        void into(Path oldBuild) throws IOException;
    }

    /** Two builds, then a link planted in the older one (the one the next build reuses), then a third build. */
    private static void publishOverPlantedLink(Path root, Plant plant) throws IOException {
        Publisher publisher = new Publisher(root, "public");
        publisher.publish(List.of(file("en/index.html", "one")));
        Path old = root.resolve("public").toRealPath();
        publisher.publish(List.of(file("en/index.html", "two")));
        Files.delete(old.resolve("en/index.html"));
        plant.into(old);
        publisher.publish(List.of(file("en/index.html", "three")));
    }
}
