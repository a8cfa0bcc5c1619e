package io.proficio.bench;

import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lag from a statement's acknowledgement to its mapping in Proficio: at most ten statements a
 * second are followed, each asked about ({@code GET /api/v1/statements/{id}}) every 20 ms until its
 * mapping status is no longer {@code queued}. Run {@link #poll} on a thread of its own.
 */
final class LagSampler {

    private record Sample(String id, long acknowledgedNanos) {
    }

    private final BenchApi api;
    private final ConcurrentLinkedQueue<Sample> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastSample = new AtomicLong();
    private final List<Long> lags = new ArrayList<>();
    private volatile boolean finished;
    private double drainSeconds;

    LagSampler(BenchApi api) {
        this.api = api;
    }

    void offer(String id, long acknowledgedNanos) {
        long last = lastSample.get();
        if (acknowledgedNanos - last >= 100_000_000L && lastSample.compareAndSet(last, acknowledgedNanos)) {
            pending.add(new Sample(id, acknowledgedNanos));
        }
    }

    void finish() {
        finished = true;
    }

    void poll() {
        long finishedAt = 0;
        try {
            while (true) {
                Sample sample = pending.peek();
                if (sample == null) {
                    if (finished) {
                        drainSeconds = finishedAt == 0 ? 0 : (System.nanoTime() - finishedAt) / 1e9;
                        return;
                    }
                    Thread.sleep(20);
                    continue;
                }
                if (finished && finishedAt == 0) {
                    finishedAt = System.nanoTime();
                }
                String status = object(api.call("GET", "/api/v1/statements/" + sample.id(), null, 200)).getString("mapping");
                if ("queued".equals(status)) {
                    Thread.sleep(20);
                    continue;
                }
                lags.add(System.nanoTime() - sample.acknowledgedNanos());
                pending.poll();
            }
        } catch (Exception e) {
            throw new IllegalStateException("lag sampling failed", e);
        }
    }

    /** The lag's sorted samples in nanoseconds; call after {@link #poll} has returned. */
    long[] sorted() {
        return lags.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Seconds from the end of the load until the last sample was mapped. */
    double drainSeconds() {
        return drainSeconds;
    }

    void print() {
        long[] sorted = sorted();
        System.out.printf("  ack -> mapped lag        p50 %6.0f ms  p99 %6.0f ms  max %6.0f ms (%d samples;"
                        + " last sample mapped %.1f s after the load stopped)%n",
                millisAt(sorted, 50), millisAt(sorted, 99), millisAt(sorted, 100), sorted.length, drainSeconds);
    }
}
