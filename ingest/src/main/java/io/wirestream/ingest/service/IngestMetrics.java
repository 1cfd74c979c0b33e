package io.wirestream.ingest.service;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Every source's {@link SourceMetrics}, registered once each, and their Prometheus exposition. */
public final class IngestMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, SourceMetrics> sources = new ConcurrentSkipListMap<>();

    public SourceMetrics source(String name) {
        return sources.computeIfAbsent(name, n -> {
            SourceMetrics metrics = new SourceMetrics(n);
            metrics.bindTo(registry);
            return metrics;
        });
    }

    public List<SourceMetrics> all() {
        return List.copyOf(sources.values());
    }

    public String prometheus() {
        return registry.scrape();
    }
}
