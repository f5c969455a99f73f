package org.decisionguide.serve;

import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local server: the site's files with its security headers, and nothing else. */
class SiteServerTest {
    private SiteServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        server = new SiteServer(0, "");
        server.replace(List.of(new OutputFile("en/index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)),
                new OutputFile("assets/css/site.css", "body{}".getBytes(StandardCharsets.UTF_8))));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesWithSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/en/");
        assertEquals(200, r.statusCode());
        assertEquals("<p>home</p>", r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        String csp = r.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("referrer-policy").orElse(""));
        assertEquals("text/css; charset=utf-8", get("/assets/css/site.css").headers().firstValue("content-type").orElse(""));
    }

    @Test
    void redirectsFolderWithoutSlashAndRefusesWhatIsNotThere() throws Exception {
        HttpResponse<String> r = get("/en");
        assertEquals(301, r.statusCode());
        assertEquals("/en/", r.headers().firstValue("location").orElse(""));
        assertEquals(404, get("/../../etc/passwd").statusCode());
        assertEquals(404, get("/en/%2e%2e/%2e%2e/etc/passwd").statusCode());
        assertEquals(404, get("/nope.html").statusCode());
    }

    @Test
    void replaceSwapsTheWholeSite() throws Exception {
        server.replace(List.of(new OutputFile("en/index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("<p>new</p>", get("/en/").body());
        assertEquals(404, get("/assets/css/site.css").statusCode());
    }

    @Test
    void aReloadPollAnswersAsSoonAsTheNextBuildIsServedAndPagesKeepComing() throws Exception {
        server.enableLiveReload();
        String now = get("/__guide/version").body();
        java.util.concurrent.CompletableFuture<HttpResponse<String>> poll = http.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/__guide/version?after=" + now)).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertTrue(!poll.isDone(), "the poll waits while nothing was rebuilt");
        assertEquals(200, get("/en/").statusCode(), "pages are served while a poll waits");
        long t0 = System.nanoTime();
        server.replace(List.of(new OutputFile("en/index.html", "<p>edited</p>".getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> answer = poll.get(5, java.util.concurrent.TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(String.valueOf(Long.parseLong(now) + 1), answer.body());
        assertTrue(millis < 1000, "answered " + millis + " ms after the new build, not at a timer's next tick");
        assertTrue(get("/__guide/reload.js").body().contains("?after="), "the page's script waits on the server");
    }

    /** A message that quotes hostile content, with the characters a regex replacement would also trip over. */
    private static final List<Problem> FAILED = List.of(
            Problem.error(Path.of("content/en/articles/new.md"), 7, "unknown key <script>alert(1)</script>", "rename it to `verdict:` ($1 & \\0)"),
            Problem.warning(Path.of("content/cs/articles/new.md"), 0, "no translation", "run ./guide translate"));

    @Test
    void afterAFailedBuildEveryPageShowsEachProblemEscapedOnTopOfTheLastGoodSite() throws Exception {
        server.replace(List.of(new OutputFile("en/index.html",
                "<!DOCTYPE html><html lang=\"cs\"><head><title>t</title></head><body class=\"x\"><p>home</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                new OutputFile("404.html", "<html><head></head><body><p>not here</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                new OutputFile("assets/css/site.css", "body{}".getBytes(StandardCharsets.UTF_8))));
        server.showProblems(FAILED);
        HttpResponse<String> r = get("/en/");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<body class=\"x\">\n<aside class=\"guide-problems\" lang=\"en\""), "the panel opens the page: " + page);
        assertTrue(page.contains("The build failed: 1 error, 1 warning"), page);
        assertTrue(page.contains("<code>content/en/articles/new.md:7</code> unknown key &lt;script&gt;alert(1)&lt;/script&gt;"
                + " <span class=\"guide-fix\">— rename it to `verdict:` ($1 &amp; \\0)</span>"), page);
        assertTrue(page.contains("<code>content/cs/articles/new.md</code> warning: no translation"), page);
        assertTrue(page.indexOf("new.md:7") < page.indexOf("cs/articles/new.md"), "errors come first");
        assertTrue(page.contains("<p>home</p>"), "the last good page is still there");
        assertFalse(page.contains("<script>") || page.contains("<style") || page.contains(" style="), "no inline script or style: " + page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/__guide/problems.css\">\n</head>"), page);
        assertEquals("body{}", get("/assets/css/site.css").body(), "other files are served as built");
        HttpResponse<String> missing = get("/en/articles/new/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("new.md:7"), "the address of the article that failed says why it is missing");
        HttpResponse<String> css = get("/__guide/problems.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("content-type").orElse(""));
        assertTrue(css.body().contains(".guide-problems"));
        String csp = r.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), csp);

        server.replace(List.of(new OutputFile("en/index.html", "<html><head></head><body><p>fixed</p></body></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("<html><head></head><body><p>fixed</p></body></html>", get("/en/").body(), "the next good build clears the panel");
    }

    @Test
    void beforeTheFirstGoodBuildEveryAddressListsTheProblems() throws Exception {
        server.replace(List.of());
        server.showProblems(FAILED);
        for (String path : List.of("/", "/en/articles/new/", "/cs/")) {
            HttpResponse<String> r = get(path);
            assertEquals(500, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>The build failed: 1 error, 1 warning</h1>"), r.body());
            assertTrue(r.body().contains("unknown key &lt;script&gt;"), r.body());
            assertTrue(r.body().contains("<script src=\"/__guide/reload.js\" defer></script>"), "it reloads itself once fixed");
            assertFalse(r.body().contains("<script>"));
        }
    }

    @Test
    void aFailedBuildWakesTheWaitingPagesSoTheyShowIt() throws Exception {
        server.enableLiveReload();
        long now = Long.parseLong(get("/__guide/version").body());
        java.util.concurrent.CompletableFuture<HttpResponse<String>> poll = http.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/__guide/version?after=" + now)).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        server.showProblems(FAILED);
        assertEquals(String.valueOf(now + 1), poll.get(5, java.util.concurrent.TimeUnit.SECONDS).body());
        assertTrue(get("/en/").body().contains("guide-problems"));
    }
}
