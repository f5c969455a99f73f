package org.decisionguide.check;

import java.util.HashMap;
import java.util.Map;

/** At most one request per host per interval: a link check must not look like an attack on a small site. */
public final class PerHostPace {
    private final long intervalNanos;
    private final Map<String, Long> next = new HashMap<>();

    public PerHostPace(java.time.Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits until this host may be asked again, and books the slot after that. */
    public void await(String host) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, next.getOrDefault(host, now));
            next.put(host, at + intervalNanos);
            wait = at - now;
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
