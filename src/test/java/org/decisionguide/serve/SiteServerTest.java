package org.decisionguide.serve;

import org.decisionguide.model.OutputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
