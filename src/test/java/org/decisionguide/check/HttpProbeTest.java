package org.decisionguide.check;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one address answers, on a local server: redirect chains and their limit, odd redirects, no server at all. */
class HttpProbeTest {

    private HttpServer server;
    private String base;
    private final HttpProbe probe = new HttpProbe(Duration.ofSeconds(3), new PerHostPace(Duration.ZERO));

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int status;
            if (path.startsWith("/hop/")) { // /hop/3 redirects to /hop/2 … /hop/0 answers 200
                int n = Integer.parseInt(path.substring(5));
                status = n == 0 ? 200 : 302;
                if (n > 0) ex.getResponseHeaders().add("Location", "/hop/" + (n - 1));
            } else {
                status = switch (path) {
                    case "/nowhere" -> 302; // a redirect that does not say where
                    case "/bad-request" -> 400;
                    default -> 404;
                };
            }
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
    void redirectsAreFollowedUpToTheLimitAndReportedAsAMove() {
        HttpProbe.Outcome five = probe.probe(URI.create(base + "/hop/" + HttpProbe.MAX_REDIRECTS));
        assertEquals(HttpProbe.Kind.MOVED, five.kind());
        assertEquals(URI.create(base + "/hop/0"), five.finalUrl());
        assertEquals(HttpProbe.MAX_REDIRECTS, five.hops().size());
        assertEquals("302 → " + base + "/hop/4", five.hops().get(0));
        HttpProbe.Outcome six = probe.probe(URI.create(base + "/hop/" + (HttpProbe.MAX_REDIRECTS + 1)));
        assertEquals(HttpProbe.Kind.FAILED, six.kind());
        assertEquals("more than 5 redirects", six.detail());
        assertEquals(HttpProbe.Kind.OK, probe.probe(URI.create(base + "/hop/0")).kind());
    }

    @Test
    void aRedirectWithoutLocationAndABadRequestAreFailuresSayingWhich() {
        HttpProbe.Outcome nowhere = probe.probe(URI.create(base + "/nowhere"));
        assertEquals(HttpProbe.Kind.FAILED, nowhere.kind());
        assertEquals(302, nowhere.status());
        assertEquals("redirect without a Location header", nowhere.detail());
        HttpProbe.Outcome bad = probe.probe(URI.create(base + "/bad-request"));
        assertEquals(HttpProbe.Kind.FAILED, bad.kind());
        assertEquals(400, bad.status());
        assertEquals("", bad.detail(), "a client error is no redirect");
        assertEquals(List.of(), bad.hops());
    }

    @Test
    void noServerAtTheAddressIsUnreachableNotDead() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        HttpProbe.Outcome o = probe.probe(URI.create("http://127.0.0.1:" + closed + "/page"));
        assertEquals(HttpProbe.Kind.UNREACHABLE, o.kind());
        assertTrue(o.detail().startsWith("ConnectException"), o.detail());
        assertTrue(!o.kind().lasting(), "asked again on the next run");
    }
}
