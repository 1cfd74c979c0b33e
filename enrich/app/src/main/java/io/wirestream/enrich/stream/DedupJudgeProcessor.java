package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.Verdict;
import io.wirestream.dedup.sequence.ArticleSignature;
import io.wirestream.dedup.sequence.Sequencer;
import io.wirestream.dedup.sequence.SignatureCodec;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one task that judges: it merges the signatures of every partition into one order ({@link Sequencer}) and
 * runs the dedup core ({@link Deduplicator}) on each, against its changelogged stores, exactly as {@code
 * ./wirestream dedup} runs it in memory. Each verdict goes back to the partition its article waits on. A
 * signature it cannot read is dead-lettered; one the core refuses gets a failure verdict, so its article is
 * dead-lettered with the reason instead of waiting for ever.
 */
final class DedupJudgeProcessor extends StageProcessor.InternalStage {

    private static final Logger log = LoggerFactory.getLogger(DedupJudgeProcessor.class);

    private final DedupConfig config;
    private final int lanes;
    private final Duration laneSilence;
    private final InputProgress progress;
    private final long arrivalGraceMs;
    private final SignatureCodec codec;
    private Deduplicator deduplicator;
    private Sequencer sequencer;
    private DedupMetrics metrics;
    private Sensor silentLanes;
    private Sensor aheadOfClock;
    private final Map<Integer, Long> lastHeard = new HashMap<>();

    /**
     * @param lanes       partitions of articles.raw: the lanes the sequencer waits for
     * @param laneSilence how long (wall clock) a lane may say nothing while others wait on it before it is taken
     *                    to have nothing more (its task is gone, not slow: a live lane reports every few seconds)
     * @param progress    the broker's end offsets: a lane that has handled everything up to them has nothing more
     * @param arrivalGrace how long after an article's ingest time those end offsets must have been read before
     *                    they are trusted to hold every article that arrived before it (producer batching, clocks)
     */
    DedupJudgeProcessor(DedupConfig config, int lanes, Duration laneSilence, InputProgress progress,
                        Duration arrivalGrace) {
        super(Stage.DEDUP, Routes.DEDUP_JUDGE, Routes.TO_VERDICTS);
        this.config = config;
        this.lanes = lanes;
        this.laneSilence = laneSilence;
        this.progress = progress;
        this.arrivalGraceMs = arrivalGrace.toMillis();
        this.codec = new SignatureCodec(new ArticleAnalyser(config));
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        deduplicator = new Deduplicator(config, new StoreDedupState(context.getStateStore(Routes.ARTICLES_STORE),
                context.getStateStore(Routes.ORIGINALS_STORE), context.getStateStore(Routes.BANDS_STORE),
                context.getStateStore(Routes.EXPIRY_STORE)));
        sequencer = new Sequencer(lanes, new StoreSequencerStore(context.getStateStore(Routes.SEQUENCER_WAITING_STORE),
                context.getStateStore(Routes.SEQUENCER_LANES_STORE), codec),
                (lane, mark, head) -> progress.snapshot().readToEnd(lane, mark.position(), head.time(), arrivalGraceMs));
        metrics = new DedupMetrics(context, DedupMetrics.Verdict.values());
        silentLanes = context.metrics().addRateTotalSensor(DedupMetrics.SCOPE, "task-" + context.taskId(),
                "silent-lane", Sensor.RecordingLevel.INFO);
        aheadOfClock = context.metrics().addRateTotalSensor(DedupMetrics.SCOPE, "task-" + context.taskId(),
                "arrival-ahead-of-clock", Sensor.RecordingLevel.INFO);
        long now = context.currentSystemTimeMs();
        for (int lane = 0; lane < lanes; lane++) {
            lastHeard.put(lane, now);
        }
        // the broker's view moves on its own: look again at what waits, and for lanes gone silent
        context.schedule(Duration.ofMillis(100), PunctuationType.WALL_CLOCK_TIME, at -> sequencer.release(this::judge));
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, this::checkSilentLanes);
        if (sequencer.waitingCount() > 0) {
            log.info("dedup judge resumes with {} signatures waiting for their turn", sequencer.waitingCount());
        }
    }

    @Override
    protected void handle(Record<Integer, byte[]> record) {
        SignatureCodec.Message message = codec.decode(record.value());
        ArticleSignature signature = message.signature();
        lastHeard.put(signature != null ? signature.lane() : message.report().lane(), context.currentSystemTimeMs());
        if (signature != null) {
            sequencer.accept(arrivedByNow(signature, context.currentSystemTimeMs()), this::judge);
        } else {
            sequencer.report(message.report(), this::judge);
        }
    }

    /**
     * An arrival time ahead of this task's clock (a producer's clock ahead of ours, a hand-made record) is taken as
     * now. The sequencer lets an article go once the broker, looked at after its arrival, shows every lane read to
     * its end; an arrival a day ahead would hold it, and every later article of its lane, for that day. Replays are
     * untouched: their arrivals are in the past.
     */
    private ArticleSignature arrivedByNow(ArticleSignature s, long now) {
        if (s.arrivalTime() <= now) {
            return s;
        }
        aheadOfClock.record();
        log.debug("article {} (partition {} offset {}) arrived at {} by its ingestedAt, ahead of this task's clock "
                + "({}): taken as arriving now", s.id(), s.lane(), s.position(), s.arrivalTime(), now);
        return new ArticleSignature(s.lane(), s.position(), now, s.arrivalSequence(), s.id(), s.eventTime(),
                s.analysis());
    }

    private void judge(ArticleSignature signature) {
        VerdictMessage answer;
        try {
            Verdict verdict = deduplicator.judge(signature.id(), signature.eventTime(), signature.analysis());
            metrics.count(verdict.kind() == null ? DedupMetrics.Verdict.UNIQUE
                    : DedupMetrics.Verdict.valueOf(verdict.kind().name()));
            if (verdict.revision()) {
                metrics.count(DedupMetrics.Verdict.REVISION); // counted besides its kind: a revision is also unique or a copy
            }
            answer = VerdictMessage.judged(signature.lane(), signature.position(), verdict);
        } catch (RuntimeException e) {
            log.warn("dedup could not judge {} (partition {} offset {}): {}", signature.id(), signature.lane(),
                    signature.position(), e.toString());
            answer = VerdictMessage.failed(signature.lane(), signature.position(), e.toString());
        }
        context.forward(new Record<>(signature.lane(), answer.encode(),
                verdictTime(signature, context.currentSystemTimeMs())), Routes.TO_VERDICTS);
    }

    /**
     * A verdict carries its article's time, not the judging moment: the partition's task picks its next record by
     * timestamp among articles.raw and the verdicts, so a verdict stamped "now" would wait behind every buffered raw
     * record (over a backlog: the whole backlog parked before the first outcome). The raw record's own timestamp is
     * publishedAt, else ingestedAt (ingest clamps a publishedAt out of range, hence the bounds: never ahead of now,
     * never negative).
     */
    static long verdictTime(ArticleSignature signature, long now) {
        long time = signature.eventTime() != DedupInput.NO_EVENT_TIME ? signature.eventTime()
                : signature.arrivalTime();
        return Math.max(0, Math.min(time, now));
    }

    /** The one wall-clock escape: a lane silent for longer than {@code laneSilence} no longer holds the rest back. */
    private void checkSilentLanes(long now) {
        var blocking = sequencer.blockingLane();
        if (blocking.isEmpty()) {
            return;
        }
        int lane = blocking.getAsInt();
        long heard = lastHeard.computeIfAbsent(lane, l -> now);
        if (now - heard >= laneSilence.toMillis()) {
            silentLanes.record();
            log.warn("partition {} of articles.raw has said nothing for {} s while {} articles wait on it: going on "
                    + "without it (what it sends later is judged as it arrives)", lane, (now - heard) / 1000,
                    sequencer.waitingCount());
            sequencer.assumeCaughtUp(lane, this::judge);
        }
    }
}
