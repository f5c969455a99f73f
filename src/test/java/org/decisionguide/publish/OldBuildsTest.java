package org.decisionguide.publish;

import org.decisionguide.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Old builds do not pile up: after a publish, {@code .builds/} holds the published build and the previous one, and
 * nothing else of this output, whatever earlier runs (killed builds, an older folder layout) left there.
 */
class OldBuildsTest {

    private static List<OutputFile> site(String text) {
        return List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8)),
                new OutputFile("en/a/index.html", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> builds(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(Publisher.BUILDS))) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void leftover(Path root, String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(Publisher.BUILDS).resolve(name).resolve("en/old"));
        Files.writeString(dir.resolve("index.html"), "left over");
    }

    @Test
    void leftoverBuildFoldersAreDeleted(@TempDir Path root) throws IOException {
        Publisher publisher = new Publisher(root, "public");
        publisher.publish(site("one"));
        Path previous = root.resolve("public").toRealPath();
        // Folders of builds killed before they were published, older than any real one.
        leftover(root, "public-20000101-000000-000-aaaaaaaa");
        leftover(root, "public-20000101-000000-000-bbbbbbbb");
        leftover(root, "public-20000101-000000-000-cccccccc");
        Path fresh = publisher.publish(site("two"));
        assertEquals(Set.of(previous.getFileName().toString(), fresh.getFileName().toString()), builds(root));
        assertEquals("two", Files.readString(root.resolve("public/en/a/index.html")));
        assertFalse(Files.exists(root.resolve("public/en/old")), "nothing of the reused leftover is served");
        assertEquals("one", Files.readString(previous.resolve("en/a/index.html")), "the previous build is kept for readers mid-download");
    }

    @Test
    void otherOutputsAndOtherFilesAreLeftAlone(@TempDir Path root) throws IOException {
        leftover(root, "preview-20000101-000000-000-aaaaaaaa");
        Files.writeString(root.resolve(Publisher.BUILDS).resolve("notes.txt"), "kept");
        Publisher publisher = new Publisher(root, "public");
        publisher.publish(site("one"));
        publisher.publish(site("two"));
        Path third = publisher.publish(site("three"));
        Set<String> left = builds(root);
        assertTrue(left.contains("preview-20000101-000000-000-aaaaaaaa"), left.toString());
        assertTrue(left.contains("notes.txt"), left.toString());
        assertTrue(left.contains(third.getFileName().toString()), left.toString());
        assertEquals(4, left.size(), "plus the previous build: " + left);
    }

    @Test
    void aFolderFromTheOlderLayoutIsReplacedByTheLink(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("public/en"));
        Files.writeString(root.resolve("public/en/stale.html"), "stale");
        Path fresh = new Publisher(root, "public").publish(site("new"));
        assertTrue(Files.isSymbolicLink(root.resolve("public")));
        assertEquals(fresh, root.resolve("public").toRealPath());
        assertFalse(Files.exists(root.resolve("public/en/stale.html")), "the old folder's files are no longer served");
        assertEquals("new", Files.readString(root.resolve("public/index.html")));
    }

    @Test
    void aFileOutsideTheBuildFolderIsRefused(@TempDir Path root) {
        Publisher publisher = new Publisher(root, "public");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                publisher.publish(List.of(new OutputFile("../escaped.html", new byte[]{1}))));
        assertEquals("refusing to write outside the build folder: ../escaped.html", e.getMessage());
        assertFalse(Files.exists(root.resolve(Publisher.BUILDS).resolve("escaped.html")));
        assertFalse(Files.exists(root.resolve("public")), "nothing was published");
    }
}
