package org.decisionguide.check;

import org.decisionguide.model.Problem;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks every external address over HTTP and says, at each file:line that uses it, what is wrong: a dead page (404,
 * 410) is an error, a move (redirect) or a failing server a warning. Hosts are checked side by side, each host's
 * addresses one after another at its pace; answers come from the day's cache when it has them.
 */
public final class ExternalCheck {

    /** What a run found: one outcome per address, and how many were asked (not from the cache). */
    public record Report(Map<URI, HttpProbe.Outcome> outcomes, int asked, List<Problem> problems) {}

    private final HttpProbe probe;
    private final ProbeCache cache;
    private final int parallelHosts;

    public ExternalCheck(HttpProbe probe, ProbeCache cache, int parallelHosts) {
        this.probe = probe;
        this.cache = cache;
        this.parallelHosts = parallelHosts;
    }

    public Report run(List<ExternalTargets.Target> targets, Instant now) throws InterruptedException {
        Map<String, List<ExternalTargets.Target>> byHost = new LinkedHashMap<>();
        targets.forEach(t -> byHost.computeIfAbsent(t.host(), h -> new ArrayList<>()).add(t));
        Map<URI, HttpProbe.Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelHosts, byHost.size())));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (List<ExternalTargets.Target> host : byHost.values()) {
                jobs.add(pool.submit(() -> host.forEach(t -> {
                    HttpProbe.Outcome o = cache.get(t.url(), now);
                    if (o == null) {
                        o = probe.probe(t.url());
                        asked.incrementAndGet();
                        cache.put(t.url(), o, now);
                    }
                    outcomes.put(t.url(), o);
                })));
            }
            for (Future<?> f : jobs) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Problem> problems = new ArrayList<>();
        for (ExternalTargets.Target t : targets) {
            for (ExternalTargets.Use use : t.uses()) {
                Problem p = problem(t.url(), outcomes.get(t.url()), use);
                if (p != null) problems.add(p);
            }
        }
        return new Report(Map.copyOf(outcomes), asked.get(), problems);
    }

    static Problem problem(URI url, HttpProbe.Outcome o, ExternalTargets.Use use) {
        String via = o.hops().isEmpty() ? "" : " (via " + String.join(", ", o.hops()) + ")";
        return switch (o.kind()) {
            case OK -> null;
            case MOVED -> Problem.warning(use.file(), use.line(), "moved: " + url + " redirects to " + o.finalUrl() + via,
                    "link to " + o.finalUrl() + " directly, after checking it is still the same document");
            case DEAD -> Problem.error(use.file(), use.line(), "dead link: " + url + " answers " + o.status()
                    + (o.status() == 410 ? " Gone" : " Not Found") + via,
                    "find where the document moved, link an archived copy (web.archive.org), or remove the link and the claims that rest on it");
            case FAILED -> Problem.warning(use.file(), use.line(), "the server of " + url + " answers "
                    + (o.status() > 0 ? String.valueOf(o.status()) : o.detail()) + via,
                    "open it in a browser; if it stays broken for a week, replace the link");
            case TIMEOUT, UNREACHABLE -> Problem.warning(use.file(), use.line(), "no answer from " + url + ": " + o.detail(),
                    "open it in a browser; if it stays unreachable for a week, replace the link");
        };
    }
}
