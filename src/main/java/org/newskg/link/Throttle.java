package org.newskg.link;

import java.time.Duration;

/**
 * Politeness towards one Wikimedia service: requests start at least {@code minInterval} apart (serialised across
 * threads), and retries wait with exponential back-off capped at {@code maxBackoff}. Thread-safe.
 */
final class Throttle {

    private final Duration minInterval;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private long nextSlot;

    Throttle(WikidataApi.Settings settings) {
        this.minInterval = settings.minInterval();
        this.initialBackoff = settings.initialBackoff();
        this.maxBackoff = settings.maxBackoff();
    }

    /** Waits until the next request may start. */
    void awaitSlot() {
        long waitMs;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextSlot);
            nextSlot = start + minInterval.toNanos();
            waitMs = (start - now) / 1_000_000;
        }
        if (waitMs > 0) {
            sleep(Duration.ofMillis(waitMs));
        }
    }

    /** The wait before retry number {@code attempt} (0-based). */
    Duration backoff(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted", e);
        }
    }
}
