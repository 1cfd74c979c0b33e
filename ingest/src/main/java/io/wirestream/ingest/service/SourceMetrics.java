package io.wirestream.ingest.service;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One source's running totals: items fetched (read from the source), new (not seen before, so sent), produced
 * (acknowledged by the broker) and errors (bad input, failed fetches, failed sends). Micrometer counters
 * {@code wirestream.ingest.items.*} tagged {@code source=<name>}.
 */
public final class SourceMetrics {

    private final String source;
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong fresh = new AtomicLong();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    public SourceMetrics(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void fetched(long n) {
        fetched.addAndGet(n);
    }

    public void fresh(long n) {
        fresh.addAndGet(n);
    }

    public void acknowledged() {
        produced.incrementAndGet();
    }

    /** Counts how {@code send} ends: produced when the broker acknowledges it, an error when it fails. */
    public <T> CompletableFuture<T> counted(CompletableFuture<T> send) {
        return send.whenComplete((acknowledged, error) -> {
            if (error == null) {
                acknowledged();
            } else {
                error();
            }
        });
    }

    public void error() {
        errors.incrementAndGet();
    }

    public long fetched() {
        return fetched.get();
    }

    public long fresh() {
        return fresh.get();
    }

    public long produced() {
        return produced.get();
    }

    public long errors() {
        return errors.get();
    }

    /** The console line: {@code feed:https://... fetched 20, new 20, produced 20, errors 0}. */
    public String line() {
        return source + ": fetched " + fetched() + ", new " + fresh() + ", produced " + produced() + ", errors "
                + errors();
    }

    void bindTo(MeterRegistry registry) {
        counter(registry, "wirestream.ingest.items.fetched", "items read from the source", fetched);
        counter(registry, "wirestream.ingest.items.new", "items not seen before, sent to articles.raw", fresh);
        counter(registry, "wirestream.ingest.items.produced", "items acknowledged by the broker (acks=all)", produced);
        counter(registry, "wirestream.ingest.errors", "bad input, failed fetches and failed sends", errors);
    }

    private void counter(MeterRegistry registry, String name, String description, AtomicLong value) {
        FunctionCounter.builder(name, value, AtomicLong::doubleValue).description(description).tag("source", source)
                .register(registry);
    }
}
