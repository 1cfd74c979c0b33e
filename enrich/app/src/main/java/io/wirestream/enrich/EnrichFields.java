package io.wirestream.enrich;

import io.wirestream.config.CommonFields;
import io.wirestream.config.Field;
import io.wirestream.schemas.RecordLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The enrich service's own settings; the stages' settings are in {@link CleanupFields}, {@link DedupFields} and
 * {@link TaggingFields}, which the offline commands read as well. */
public final class EnrichFields {

    public static final Field<Long> MAX_RECORD_BYTES = Field.longValue("enrich.max.record.bytes",
            RecordLimits.MAX_RAW_RECORD_BYTES, 1, "raw records larger than this are dead-lettered instead of processed "
                    + "(above the default, the parked article may not fit its changelog topic)");

    public static final Field<Duration> LANE_REPORT_INTERVAL = Field.duration("enrich.lane.report.interval",
            Duration.ofMillis(200), "how often each articles.raw partition's task tells the dedup judging task how far "
                    + "it has read (the judging task waits for partitions that have not read to their end)");
    public static final Field<Duration> LANE_SILENCE = Field.duration("enrich.lane.silence.timeout",
            Duration.ofMinutes(6), "how long a partition's task may say nothing before the dedup judging task goes on "
                    + "without it; what it sends later is judged as it arrives (docs/dedup.md, \"Order\"). Keep it "
                    + "above kafka.task.timeout.ms (5 min), for which a task may retry one record through an outage");

    public static final Field<Duration> ARRIVAL_GRACE = Field.duration("enrich.lane.arrival.grace",
            Duration.ofMillis(500), "how long after an article's ingest time the dedup judging task waits before it "
                    + "trusts the broker's end offsets to hold every article that arrived before it (producer batching, "
                    + "clock differences between ingest and enrich)");

    public static final Field<Duration> REGISTRY_WAIT = Field.duration("enrich.registry.wait", Duration.ofSeconds(5),
            "how long a stream thread waits in place for an unreachable schema registry before it restarts from its "
                    + "last commit (keep it well below the 10 s transaction timeout of exactly-once)");
    public static final Field<Duration> OUTAGE_BACKOFF_MAX = Field.duration("enrich.outage.backoff.max",
            Duration.ofSeconds(30), "the longest pause before a stream thread stopped by an outage restarts "
                    + "(pauses double from 1 s)");

    /** The stages' settings: what the offline commands read. */
    public static final List<Field<?>> STAGES;

    /** The service's own settings (without the common ones and the stages'). */
    public static final List<Field<?>> SERVICE = List.of(MAX_RECORD_BYTES, LANE_REPORT_INTERVAL, LANE_SILENCE,
            ARRIVAL_GRACE, REGISTRY_WAIT, OUTAGE_BACKOFF_MAX);

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> stages = new ArrayList<>(CleanupFields.ALL);
        stages.addAll(DedupFields.ALL);
        stages.addAll(TaggingFields.ALL);
        STAGES = List.copyOf(stages);
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.add(MAX_RECORD_BYTES);
        all.add(LANE_REPORT_INTERVAL);
        all.add(LANE_SILENCE);
        all.add(ARRIVAL_GRACE);
        all.add(REGISTRY_WAIT);
        all.add(OUTAGE_BACKOFF_MAX);
        all.addAll(STAGES);
        ALL = List.copyOf(all);
    }

    private EnrichFields() {
    }
}
