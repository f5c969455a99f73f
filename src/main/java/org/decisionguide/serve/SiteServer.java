package org.decisionguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves a built site from memory on 127.0.0.1 with the site's security headers. Files are looked up in a
 * map, never on disk, so no request can reach outside the site. {@link #replace} swaps in a new build
 * atomically: a reader never gets half of one build and half of another.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("json", "application/json"));

    private final HttpServer server;
    private final String basePath;
    private final AtomicReference<Map<String, byte[]>> site = new AtomicReference<>(Map.of());
    private final Map<String, String> headers;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean liveReload;
    /** The problems of the last build when it failed; null while the served build is the latest. */
    private final AtomicReference<List<Problem>> failed = new AtomicReference<>();
    /**
     * Asks for the build number, then waits on the server for the next one (a long poll) and reloads the page as soon
     * as it is served: the reader sees an edit a moment after the rebuild, not at the next tick of a timer.
     */
    private static final byte[] RELOAD_JS = ("(function(){'use strict';var v=null;function poll(){fetch('/__guide/version'"
            + "+(v===null?'':'?after='+encodeURIComponent(v)),{cache:'no-store'}).then(function(r){if(!r.ok)throw r;return r.text();})"
            + ".then(function(t){if(v!==null&&t!==v){location.reload();return;}v=t;poll();})"
            + ".catch(function(){setTimeout(poll,1000);});}poll();})();\n").getBytes(StandardCharsets.UTF_8);
    /** How long a poll waits for a new build before it answers with the current one and the page asks again. */
    static final long POLL_MILLIS = 25_000;
    private final Object newBuild = new Object();
    private volatile boolean closed;

    public SiteServer(int port, String basePath) throws IOException {
        this(port, basePath, Map.of());
    }

    /** @param overrides headers that replace the defaults (tests serve a page with {@code script-src 'none'}) */
    public SiteServer(int port, String basePath, Map<String, String> overrides) throws IOException {
        this.basePath = basePath;
        Map<String, String> h = new java.util.LinkedHashMap<>(SecurityHeaders.all());
        h.putAll(overrides);
        this.headers = Map.copyOf(h);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        // A waiting reload poll holds its thread: requests get threads of their own (the default serves one at a time).
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "guide-http");
            t.setDaemon(true);
            return t;
        }));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void replace(List<OutputFile> files) {
        Map<String, byte[]> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f.bytes()));
        site.set(Map.copyOf(m));
        failed.set(null);
        announce();
    }

    /**
     * The last build failed: pages keep coming from the last good build, each with these problems on top (or, when
     * no build has succeeded yet, a page listing them at every address) until the next {@link #replace}.
     */
    public void showProblems(List<Problem> problems) {
        failed.set(List.copyOf(problems));
        announce();
    }

    /** A new state to show: open pages waiting on {@code /__guide/version} reload. */
    private void announce() {
        version.incrementAndGet();
        synchronized (newBuild) {
            newBuild.notifyAll();
        }
    }

    /** The build number once it is no longer {@code after}, or the current one after {@code millis}. */
    long awaitBuildAfter(long after, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (newBuild) {
            for (long left = millis; version.get() == after && left > 0 && !closed; left = end - System.currentTimeMillis()) {
                newBuild.wait(left);
            }
        }
        return version.get();
    }

    /** Live preview only: every HTML page gets a same-origin script that reloads it after a rebuild. */
    public void enableLiveReload() {
        liveReload = true;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            if (liveReload && path.equals("/__guide/version")) {
                String query = ex.getRequestURI().getRawQuery();
                long now = version.get();
                if (query != null && query.matches("after=\\d{1,18}")) {
                    try {
                        now = awaitBuildAfter(Long.parseLong(query.substring("after=".length())), POLL_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                send(ex, 200, "text/plain; charset=utf-8", String.valueOf(now).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (liveReload && path.equals("/__guide/reload.js")) {
                send(ex, 200, TYPES.get("js"), RELOAD_JS);
                return;
            }
            if (path.equals(ProblemsPanel.CSS_PATH)) {
                send(ex, 200, TYPES.get("css"), ProblemsPanel.CSS);
                return;
            }
            List<Problem> problems = failed.get();
            if (!path.startsWith(basePath + "/")) {
                if ((path + "/").equals(basePath + "/")) {
                    ex.getResponseHeaders().set("Location", basePath + "/");
                    send(ex, 301, null, new byte[0]);
                } else {
                    send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            String file = path.substring(basePath.length() + 1);
            Map<String, byte[]> files = site.get();
            if (file.isEmpty() || file.endsWith("/")) file += "index.html";
            else if (!files.containsKey(file) && files.containsKey(file + "/index.html")) {
                ex.getResponseHeaders().set("Location", path + "/");
                send(ex, 301, null, new byte[0]);
                return;
            }
            byte[] body = files.get(file);
            if (problems != null && files.isEmpty()) {
                // No good build yet: every address shows what to fix.
                ex.getResponseHeaders().set("Cache-Control", "no-cache");
                send(ex, 500, TYPES.get("html"), ProblemsPanel.page(problems).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (body == null) {
                // The language's own 404 page when the address is under a language, like static hosts configured per folder.
                int slash = file.indexOf('/');
                String own = slash > 0 ? file.substring(0, slash) + "/404.html" : "404.html";
                String page = files.containsKey(own) ? own : "404.html";
                byte[] notFound = files.getOrDefault(page, "not found".getBytes(StandardCharsets.UTF_8));
                // In the preview the 404 page also reloads and shows a failed build: a new article whose first save
                // was broken is missing, and its address should say why and show it once it builds.
                if (files.containsKey(page) && (liveReload || problems != null)) {
                    notFound = preview(new String(notFound, StandardCharsets.UTF_8), problems).getBytes(StandardCharsets.UTF_8);
                }
                send(ex, 404, files.containsKey(page) ? TYPES.get("html") : "text/plain; charset=utf-8", notFound);
                return;
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            if (ext.equals("html") && (liveReload || problems != null)) {
                body = preview(new String(body, StandardCharsets.UTF_8), problems).getBytes(StandardCharsets.UTF_8);
            }
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    /** A page as the preview serves it: with the reload script and, after a failed build, the problems on top. */
    private String preview(String html, List<Problem> problems) {
        String head = (liveReload ? "<script src=\"/__guide/reload.js\" defer></script>\n" : "")
                + (problems != null ? "<link rel=\"stylesheet\" href=\"" + ProblemsPanel.CSS_PATH + "\">\n" : "");
        String out = insertBefore(html, "</head>", head);
        if (problems == null) return out;
        // Right after <body ...>: the first thing read and seen. Inserted as text, never as a regex replacement
        // (a message may hold "$1").
        java.util.regex.Matcher body = java.util.regex.Pattern.compile("<body[^>]*>").matcher(out);
        int at = body.find() ? body.end() : 0;
        return out.substring(0, at) + "\n" + ProblemsPanel.panel(problems) + out.substring(at);
    }

    private static String insertBefore(String html, String tag, String text) {
        int at = html.indexOf(tag);
        return at < 0 ? html : html.substring(0, at) + text + html.substring(at);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (newBuild) {
            newBuild.notifyAll();
        }
        server.stop(0);
    }
}
