package org.decisionguide.check;

import com.sun.net.httpserver.HttpServer;
import org.decisionguide.Fixtures;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The external-link check against a local server that answers each way a real one can (the command: {@code cli.ExternalCheckCommandTest}). */
class ExternalCheckTest {

    private HttpServer server;
    private String base;
    /** Every request the server saw, as "METHOD /path", with when it arrived. */
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            seen.add(ex.getRequestMethod() + " " + path);
            arrivals.add(System.nanoTime());
            int status = switch (path) {
                case "/ok" -> 200;
                case "/moved" -> 301;
                case "/gone" -> 404;
                case "/gone-for-good" -> 410;
                case "/broken" -> 500;
                case "/no-head" -> ex.getRequestMethod().equals("HEAD") ? 405 : 200;
                case "/slow" -> {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    yield 200;
                }
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
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private String body() {
        return "Intro.\n\n[ok](" + base + "/ok) and [moved](" + base + "/moved).\n\n[gone](" + base + "/gone)\n\n"
                + "[gone for good](" + base + "/gone-for-good) [broken](" + base + "/broken)\n\nNo link here.\n\n"
                + "[no head](" + base + "/no-head) [ok again](" + base + "/ok#a-section)\n";
    }

    private ExternalCheck.Report check(Path cache, Duration pace) throws Exception {
        return check(cache, pace, body(), Duration.ofMillis(3000));
    }

    private ExternalCheck.Report check(Path cache, Duration pace, String body, Duration timeout) throws Exception {
        Site site = Fixtures.site(false, local("a", body));
        HttpProbe probe = new HttpProbe(timeout, new PerHostPace(pace));
        ProbeCache answers = ProbeCache.open(cache);
        Instant now = Instant.now();
        ExternalCheck.Report r = new ExternalCheck(probe, answers, 4).run(targets(site), now);
        answers.save(now);
        return r;
    }

    /** An article linking to the local server; its cited source (https, as sources must be) stays example.org. */
    private org.decisionguide.model.Article local(String id, String body) {
        return Fixtures.article("en", id, "", body);
    }

    /** The addresses on the local server: a test asks no one else. */
    private List<ExternalTargets.Target> targets(Site site) {
        return ExternalTargets.of(site).stream().filter(t -> t.url().toString().startsWith(base)).toList();
    }

    private static String at(List<Problem> problems, String urlPart) {
        // The address a problem is about comes first in its message ("dead link: <url> answers …").
        java.util.regex.Pattern about = java.util.regex.Pattern.compile("^(moved:|dead link:|the server of|no answer from) "
                + java.util.regex.Pattern.quote(urlPart) + "[ :]");
        return problems.stream().filter(p -> about.matcher(p.message()).find()).map(Problem::format).findFirst().orElse("");
    }

    @Test
    void eachAnswerIsReportedAtItsLineWithWhatToDo(@TempDir Path dir) throws Exception {
        ExternalCheck.Report r = check(dir.resolve("cache.json"), Duration.ZERO);
        List<Problem> p = r.problems();
        assertEquals(6, r.asked(), "every distinct address once: the #fragment link is the same /ok");
        assertTrue(at(p, base + "/moved").matches("content/en/articles/a\\.md:13: warning: moved: .*/moved redirects to " + base + "/ok \\(via 301 → .*/ok\\) — link to .*"), p.toString());
        assertTrue(at(p, base + "/gone").startsWith("content/en/articles/a.md:15: dead link: " + base + "/gone answers 404 Not Found — "), p.toString());
        assertTrue(at(p, base + "/gone-for-good").startsWith("content/en/articles/a.md:17: dead link: " + base + "/gone-for-good answers 410 Gone"), p.toString());
        assertTrue(at(p, base + "/broken").startsWith("content/en/articles/a.md:17: warning: the server of " + base + "/broken answers 500"), p.toString());
        assertEquals("", at(p, base + "/ok"), "a working link is not reported");
        assertEquals("", at(p, base + "/no-head"), "a server that refuses HEAD is asked with GET");
        assertTrue(seen.contains("HEAD /no-head") && seen.contains("GET /no-head"), seen.toString());
        assertEquals(2, seen.stream().filter(s -> s.endsWith(" /ok")).count(), "/ok asked once directly, once after the redirect");
        assertEquals(2, p.stream().filter(Problem::isError).count(), "dead links are errors, the rest warnings");
    }

    @Test
    void answersAreKeptForADayButFailuresAreAskedAgain(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.json");
        check(cache, Duration.ZERO);
        assertTrue(Files.readString(cache).contains(base + "/gone"));
        seen.clear();
        ExternalCheck.Report again = check(cache, Duration.ZERO);
        assertEquals(List.of(), seen.stream().filter(s -> !s.endsWith("/broken")).toList(), "only the server error is asked again");
        assertEquals(1, again.asked());
        assertEquals(2, again.problems().stream().filter(Problem::isError).count(), "cached dead links are still reported");

        ProbeCache old = ProbeCache.open(cache);
        assertTrue(old.get(URI.create(base + "/ok"), Instant.now()) != null);
        assertTrue(old.get(URI.create(base + "/ok"), Instant.now().plus(Duration.ofHours(25))) == null, "a day later it is asked again");
    }

    @Test
    void oneHostIsAskedAtMostOncePerInterval(@TempDir Path dir) throws Exception {
        Site site = Fixtures.site(false, local("a", "[a](" + base + "/ok) [b](" + base + "/gone) [c](" + base + "/no-head)\n"));
        long start = System.nanoTime();
        new ExternalCheck(new HttpProbe(Duration.ofSeconds(2), new PerHostPace(Duration.ofMillis(300))), ProbeCache.open(dir.resolve("c.json")), 4)
                .run(targets(site), Instant.now());
        assertEquals(List.of("HEAD /ok", "HEAD /gone", "HEAD /no-head", "GET /no-head"), seen);
        // Four requests to one host at 300 ms apart: the last cannot arrive before 900 ms after the run began.
        long last = (arrivals.get(3) - start) / 1_000_000;
        assertTrue(last >= 900, "the fourth request arrived " + last + " ms after the start");
    }

    /** The one test that waits for a server that does not answer, with a short timeout: the others need not wait. */
    @Test
    void aServerThatDoesNotAnswerInTimeIsAWarningAndAskedAgainNextTime(@TempDir Path dir) throws Exception {
        String body = "Intro.\n\n[slow](" + base + "/slow)\n";
        ExternalCheck.Report first = check(dir.resolve("cache.json"), Duration.ZERO, body, Duration.ofMillis(1000));
        assertTrue(at(first.problems(), base + "/slow").startsWith("content/en/articles/a.md:13: warning: no answer from " + base
                + "/slow: no answer within 1000 ms"), first.problems().toString());
        assertTrue(first.problems().stream().noneMatch(Problem::isError), "a slow server is not a dead link");
        ExternalCheck.Report again = check(dir.resolve("cache.json"), Duration.ZERO, body, Duration.ofMillis(1000));
        assertEquals(1, again.asked(), "a timeout is not remembered");
        assertEquals(2, seen.stream().filter(s -> s.equals("HEAD /slow")).count(), seen.toString());
    }
}
