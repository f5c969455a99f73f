package org.decisionguide.cli;

import java.time.Instant;
import java.net.URI;
import org.decisionguide.check.HttpProbe;
import org.decisionguide.check.ProbeCache;
import com.sun.net.httpserver.HttpServer;
import org.decisionguide.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `./guide check --external` as a contributor runs it, on a copy of the real site whose only article links to a
 * local server. The answers themselves are tested in {@code check.ExternalCheckTest}; this is the command around them.
 */
class ExternalCheckCommandTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int status = switch (path) {
                case "/ok" -> 200;
                case "/moved" -> 301;
                default -> 404;
            };
            if (status == 301) ex.getResponseHeaders().add("Location", "/ok");
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCommandExitsNonZeroOnADeadLinkAndSaysWhatItChecked(@TempDir Path dir) throws Exception {
        Path site = Fixtures.copyOfRealSite(Files.createDirectories(dir.resolve("site")));
        for (String lang : List.of("en", "cs", "pl")) {
            try (Stream<Path> s = Files.list(site.resolve("content/" + lang + "/articles"))) {
                for (Path p : s.toList()) Files.delete(p);
            }
        }
        Files.writeString(site.resolve("content/en/articles/a.md"), Fixtures.articleText("",
                "Intro.\n\n[gone](" + base + "/gone) and [ok](" + base + "/ok)\n\n[moved](" + base + "/moved)\n"));
        // Sources must be https, which the local server is not: the cited source's answer is already in today's cache.
        ProbeCache seeded = ProbeCache.open(dir.resolve("cache.json"));
        seeded.put(URI.create("https://example.org/"), new HttpProbe.Outcome(HttpProbe.Kind.OK, 200, URI.create("https://example.org/"), List.of(), ""), Instant.now());
        seeded.save(Instant.now());
        Fixtures.Run run = Fixtures.guide("check", "--external", "--root", site.toString(), "--timeout", "5",
                "--per-host-interval", "0", "--cache", dir.resolve("cache.json").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/en/articles/a.md:13: dead link: " + base + "/gone answers 404"), run.err());
        assertTrue(run.err().contains("content/en/articles/a.md:15: warning: moved: " + base + "/moved redirects to " + base + "/ok"), run.err());
        assertTrue(run.out().contains("checked 4 external addresses (3 asked, 1 from today's cache): 1 error, 1 warning"), run.out());
        Fixtures.Run again = Fixtures.guide("check", "--external", "--root", site.toString(), "--cache", dir.resolve("cache.json").toString());
        assertTrue(again.out().contains("(0 asked, 4 from today's cache): 1 error, 1 warning"), again.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
