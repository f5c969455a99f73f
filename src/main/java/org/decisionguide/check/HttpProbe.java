package org.decisionguide.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks one address whether it still exists: HEAD first (no body), GET when the server refuses HEAD, redirects
 * followed one hop at a time so that a move can be reported, each request bounded by a timeout.
 */
public final class HttpProbe {

    /** What an address answered. {@code hops} are the redirects followed, as "301 → https://…". */
    public record Outcome(Kind kind, int status, URI finalUrl, List<String> hops, String detail) {
        public Outcome {
            hops = List.copyOf(hops);
        }
    }

    public enum Kind {
        /** 2xx, directly. */ OK,
        /** 2xx after one or more redirects. */ MOVED,
        /** 404 or 410: the page is gone. */ DEAD,
        /** Any other answer (5xx, 401, 403, too many redirects). */ FAILED,
        /** No answer within the timeout. */ TIMEOUT,
        /** No connection (unknown host, refused). */ UNREACHABLE;

        /** Results worth keeping for a day: a transient failure is asked again next run. */
        public boolean lasting() {
            return this == OK || this == MOVED || this == DEAD;
        }
    }

    static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Duration timeout;
    private final PerHostPace pace;

    public HttpProbe(Duration timeout, PerHostPace pace) {
        this.timeout = timeout;
        this.pace = pace;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    public Outcome probe(URI url) {
        List<String> hops = new ArrayList<>();
        URI at = url;
        try {
            for (int i = 0; i <= MAX_REDIRECTS; i++) {
                Answer answer = ask(at, "HEAD");
                if (refusesHead(answer.status())) answer = ask(at, "GET");
                int status = answer.status();
                if (status >= 300 && status < 400) {
                    URI next = answer.location();
                    if (next == null) return new Outcome(Kind.FAILED, status, at, hops, "redirect without a Location header");
                    hops.add(status + " → " + next);
                    at = next;
                    continue;
                }
                if (status >= 200 && status < 300) return new Outcome(hops.isEmpty() ? Kind.OK : Kind.MOVED, status, at, hops, "");
                if (status == 404 || status == 410) return new Outcome(Kind.DEAD, status, at, hops, "");
                return new Outcome(Kind.FAILED, status, at, hops, "");
            }
            return new Outcome(Kind.FAILED, 0, at, hops, "more than " + MAX_REDIRECTS + " redirects");
        } catch (HttpTimeoutException e) {
            return new Outcome(Kind.TIMEOUT, 0, at, hops, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(Kind.UNREACHABLE, 0, at, hops, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.UNREACHABLE, 0, at, hops, "interrupted");
        }
    }

    /** Servers that do not implement HEAD, or forbid it, often answer GET normally. */
    private static boolean refusesHead(int status) {
        return status == 405 || status == 501 || status == 403 || status == 400;
    }

    private record Answer(int status, URI location) {}

    private Answer ask(URI url, String method) throws IOException, InterruptedException {
        pace.await(url.getHost());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("User-Agent", "decision-guide-link-check/1")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Answer(r.statusCode(), r.headers().firstValue("Location").map(l -> url.resolve(l.strip())).orElse(null));
    }
}
