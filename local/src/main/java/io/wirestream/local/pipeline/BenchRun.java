package io.wirestream.local.pipeline;

import io.wirestream.schemas.Topics;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.LogTail;
import io.wirestream.local.process.ManagedProcess;
import io.wirestream.local.process.ThreadCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./wirestream bench}: enrich measured against a reference in the same run, on one broker and the same raw
 * records, then the whole pipeline.
 * <ol type="a">
 * <li>N generated articles are ingested into articles.raw with enrich and sink not started; then the pass-through
 *     ({@code enrich passthrough}: Kafka Streams, exactly-once, copying the bytes) runs over that backlog under a
 *     fresh application id, timed from its process start until its group has committed the end offsets;</li>
 * <li>enrich starts over the same backlog (the run's broker is new, so its application id is fresh), timed from its
 *     process start until every raw record has its outcome ({@link Outcomes}); the ratio of the two rates is the
 *     figure to follow from build to build;</li>
 * <li>the sink starts and catches up with that; then N more articles are ingested live, timed from ingest start
 *     until they are all in the database (end to end);</li>
 * <li>M articles are ingested at half the end-to-end rate of (c), and the latency from each article's ingestedAt to
 *     its row's written_at is summarised (p50, p99).</li>
 * </ol>
 */
final class BenchRun {

    /** Where generated event time starts; each batch follows the previous one (one article a minute). */
    private static final Instant FIRST_PUBLISHED = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SEED = 20250124L;
    private static final Duration PASS_THROUGH_LOOK = Duration.ofMillis(100);
    private static final Duration LOOK = Duration.ofMillis(500);
    /** Progress lines at most this often while nothing but the counts changes. */
    private static final Duration PRINT_EVERY = Duration.ofSeconds(5);

    private final LocalMain options;
    private final ServiceLauncher launcher;
    private final Path data;
    private final Path config;
    private final List<ManagedProcess> services;
    private final TopicProgress topics;
    private final Progress progress;
    private final List<Path> ingestSummaries = new ArrayList<>();
    private Progress.Snapshot last;

    BenchRun(LocalMain options, ServiceLauncher launcher, Path data, Path config, List<ManagedProcess> services,
             TopicProgress topics, Progress progress) {
        this.options = options;
        this.launcher = launcher;
        this.data = data;
        this.config = config;
        this.services = services;
        this.topics = topics;
        this.progress = progress;
    }

    /** What a timed wait ended with: a drained look, or why not. */
    private record Drain(Progress.Snapshot snapshot, long firstOutcomeNanos, long outcomesAtFirst, String failure) {
    }

    /** The backlog of phases a and b: {@code n} generated articles. */
    static List<SyntheticArticles.Article> backlog(int n) {
        return SyntheticArticles.generate("bench-a-", n, SEED, FIRST_PUBLISHED);
    }

    /** Phase c's {@code live} articles, published a day after a backlog of {@code n}. */
    static List<SyntheticArticles.Article> liveBatch(int n, int live) {
        return SyntheticArticles.generate("bench-c-", live, SEED + 1, secondBatchStart(n));
    }

    private static Instant secondBatchStart(int n) {
        return FIRST_PUBLISHED.plus(Duration.ofMinutes(n)).plus(Duration.ofDays(1));
    }

    /** Runs the phases; returns the exit code. The summary is printed by the caller; the outcome line here. */
    int run() throws IOException, InterruptedException {
        int n = options.generate;
        int m = options.pacedArticles();
        Instant second = secondBatchStart(n);
        List<SyntheticArticles.Article> batchA = backlog(n);
        int l = options.liveArticles();
        List<SyntheticArticles.Article> batchC = liveBatch(n, l);
        List<SyntheticArticles.Article> batchD = SyntheticArticles.generate("bench-d-", m, SEED + 2,
                second.plus(Duration.ofMinutes(n)).plus(Duration.ofDays(1)));
        Path first = SyntheticArticles.write(data.resolve("generated-a.jsonl"), batchA);
        Path live = SyntheticArticles.write(data.resolve("generated-c.jsonl"), batchC);
        Path paced = SyntheticArticles.write(data.resolve("generated-d.jsonl"), batchD);
        say("bench: %d generated articles (about 5 KB each) for phases a and b, %d more live for c, %d paced for d; "
                + "copies among them (what dedup should drop): %d, %d, %d", n, l, m, copies(batchA), copies(batchC),
                copies(batchD));

        // (a) the backlog, then the pass-through over it
        say("phase a: ingesting %d articles with enrich and sink not started ...", n);
        long ingestStart = System.nanoTime();
        ManagedProcess ingest = startIngest("ingest-a", first, 0);
        if (!awaitExit(ingest, options.timeout) || ingest.exitCodeOrMinusOne() > 1) {
            return fail("ingest did not finish; " + LogTail.describe(ingest.logFile(), 30));
        }
        double ingestSeconds = seconds(ingestStart, System.nanoTime());
        Map<TopicPartition, Long> rawEnds = topics.endOffsets(Topics.RAW);
        long raw = TopicProgress.sum(rawEnds);
        say("ingest: %d articles in %.1f s (%.0f/s, JVM start included); articles.raw holds %d records", n,
                ingestSeconds, n / ingestSeconds, raw);
        if (raw == 0) {
            return fail("nothing reached articles.raw");
        }
        String applicationId = "wirestream-bench-passthrough-" + System.currentTimeMillis();
        say("phase a: pass-through (Kafka Streams, exactly_once_v2, commit interval 200 ms) over the %d records, "
                + "application id %s ...", raw, applicationId);
        double passThroughRate = passThrough(applicationId, rawEnds, raw);
        if (passThroughRate <= 0) {
            return fail("the pass-through did not finish");
        }

        // (b) enrich over the same records
        say("phase b: enrich over the same %d records (fresh application id %s) ...", raw, LocalMain.ENRICH_GROUP);
        long enrichStart = System.nanoTime();
        ManagedProcess enrich = launcher.start("enrich", "enrich/app", "enrich", Heap.of("512m"),
                List.of("stream", "--config", config.toString()));
        services.add(enrich);
        Drain enriched = awaitDrained(null, false, enrichStart);
        if (enriched.failure() != null) {
            return fail(enriched.failure());
        }
        double enrichSeconds = seconds(enrichStart, enriched.snapshot().drainedAtNanos());
        double enrichRate = raw / enrichSeconds;
        say("enrich: %d records with an outcome %.1f s after its process start = %.1f articles/s%s", raw, enrichSeconds,
                enrichRate, warm(raw, enriched.outcomesAtFirst(), enriched.firstOutcomeNanos(),
                        enriched.snapshot().drainedAtNanos(), "its first outcome", "articles/s"));
        System.out.printf(Locale.ROOT, "ratio enrich/pass-through %.2f%n", enrichRate / passThroughRate);
        Duration backlogCpu = cpu(enrich);
        say("enrich used %.1f s of CPU for the backlog, start-up included: %.2f ms per article", backlogCpu.toNanos() / 1e9,
                backlogCpu.toNanos() / 1e6 / raw);
        ThreadCpu backlogThreads = ThreadCpu.of(enrich.pid(), LocalMain.ENRICH_GROUP);
        if (!backlogThreads.isEmpty()) {
            // a cold JVM: how much of the backlog's CPU was the JIT's and the GC's rather than the stream thread's
            say("enrich cpu per article over the backlog by thread: %s", perArticle(backlogThreads, ThreadCpu.none(), raw));
        }

        // (c) the whole pipeline: the sink catches up with (b), then a second batch end to end
        say("phase c: sink started; it first stores what enrich wrote in phase b ...");
        long sinkStart = System.nanoTime();
        services.add(launcher.start("sink", "sink", "sink", Heap.of("256m"), List.of("--config", config.toString())));
        Drain caughtUp = awaitDrained(null, true, sinkStart);
        if (caughtUp.failure() != null) {
            return fail(caughtUp.failure());
        }
        say("sink caught up: %d rows %.1f s after its process start", caughtUp.snapshot().rows(),
                seconds(sinkStart, caughtUp.snapshot().drainedAtNanos()));
        long rawBefore = caughtUp.snapshot().raw();
        say("phase c: ingesting %d more articles live, end to end ...", l);
        Duration enrichCpuBefore = cpu(enrich);
        ThreadCpu threadsBefore = ThreadCpu.of(enrich.pid(), LocalMain.ENRICH_GROUP);
        long liveStart = System.nanoTime();
        Drain endToEnd = awaitDrained(startIngest("ingest-c", live, 0), true, liveStart);
        if (endToEnd.failure() != null) {
            return fail(endToEnd.failure());
        }
        long liveRecords = endToEnd.snapshot().raw() - rawBefore;
        double liveSeconds = seconds(liveStart, endToEnd.snapshot().drainedAtNanos());
        double endToEndRate = liveRecords / liveSeconds;
        say("end to end: %d articles from ingest start to drained (every outcome, every row) in %.1f s = %.1f "
                + "articles/s", liveRecords, liveSeconds, endToEndRate);
        Duration enrichCpu = cpu(enrich).minus(enrichCpuBefore);
        ThreadCpu threadsAfter = ThreadCpu.of(enrich.pid(), LocalMain.ENRICH_GROUP);
        System.out.printf(Locale.ROOT, "enrich cpu per article %.2f ms (%d articles, %.1f s of CPU in phase c)%n",
                enrichCpu.toNanos() / 1e6 / liveRecords, liveRecords, enrichCpu.toNanos() / 1e9);
        if (!threadsAfter.isEmpty()) {
            // where it went: the stream threads' share is what compares with the stages' JMH figure
            System.out.println("enrich cpu per article by thread: " + perArticle(threadsAfter, threadsBefore, liveRecords));
        }

        // (d) paced at half that capacity: latency
        if (m == 0) {
            say("phase d skipped (--paced 0)");
            return 0;
        }
        double rate = Math.max(0.1, Math.round(endToEndRate / 2 * 10) / 10.0);
        say("phase d: ingesting %d articles paced at %.1f articles/s (half of phase c) ...", m, rate);
        long pacedStart = System.nanoTime();
        Drain pacedRun = awaitDrained(startIngest("ingest-d", paced, rate), true, pacedStart);
        if (pacedRun.failure() != null) {
            return fail(pacedRun.failure());
        }
        say("paced: %d articles drained %.1f s after ingest start (the schedule alone takes %.1f s)",
                pacedRun.snapshot().raw() - endToEnd.snapshot().raw(),
                seconds(pacedStart, pacedRun.snapshot().drainedAtNanos()), (m - 1) / rate);
        latency = new PacedResult(rate);
        return 0;
    }

    /** CPU time the process has used so far (user + system, all threads), as the OS counts it. */
    private static Duration cpu(ManagedProcess process) {
        return ProcessHandle.of(process.pid()).flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Phase d's rate, for {@link #printLatency} once the sink has stopped (its H2 file is then free). */
    private PacedResult latency;

    private record PacedResult(double rate) {
    }

    /**
     * After the summary: stops the sink and reads phase d's rows (ingested_at, written_at) from its database. Returns
     * false when that failed.
     */
    boolean printLatency(ManagedProcess sink, String jdbcUrl, String user, String password) {
        if (latency == null) {
            return true;
        }
        sink.stop(Duration.ofSeconds(20));
        try {
            List<Duration> latencies = SinkRows.latencies(jdbcUrl, user, password, "bench-d-");
            if (latencies.isEmpty()) {
                System.err.println("wirestream bench: no rows of phase d in the database");
                return false;
            }
            System.out.println(Latencies.of(latencies).line(latency.rate()));
            return true;
        } catch (SQLException e) {
            System.err.println("wirestream bench: cannot read the sink's rows: " + e.getMessage());
            return false;
        }
    }

    /** The outcome count line (with the warning when it does not add up); false when it does not. */
    boolean printOutcomes() throws InterruptedException {
        if (last == null || !last.drained()) {
            progress.reset();
            last = progress.snapshot(true, services.stream().anyMatch(s -> s.name().equals("sink") && s.isAlive()));
        }
        Outcomes outcomes = last.outcomes();
        System.out.println(outcomes.line());
        long others = progress.count(Topics.DEAD_LETTERS) - progress.countFromSource(Topics.DEAD_LETTERS);
        if (others > 0) {
            say("(articles.dlq also holds %d dead letters without the %s header: the sink's, not outcomes of raw "
                    + "records)", others, TopicCounter.SOURCE_TOPIC_HEADER);
        }
        if (!outcomes.addUp()) {
            System.out.println(outcomes.warning());
            return false;
        }
        return true;
    }

    List<Path> ingestSummaries() {
        return ingestSummaries;
    }

    /**
     * Runs the pass-through over {@code ends} and returns its rate from process start (records/s), or 0 when it
     * failed. Its group's committed offsets are looked at every 100 ms, as {@link TopicProgress} does for enrich.
     */
    private double passThrough(String applicationId, Map<TopicPartition, Long> ends, long records)
            throws InterruptedException {
        long start = System.nanoTime();
        ManagedProcess passThrough = launcher.start("passthrough", "enrich/app", "enrich", Heap.of("512m"),
                List.of("passthrough", "--config", config.toString(), "--application-id", applicationId));
        services.add(passThrough);
        long firstCommitNanos = 0;
        long committedAtFirst = 0;
        long done = 0;
        long deadline = start + options.timeout.toNanos();
        try {
            while (done == 0) {
                boolean exited = !passThrough.isAlive(); // before the look: a look after its exit still counts
                Map<TopicPartition, OffsetAndMetadata> committed = topics.committed(applicationId);
                long now = System.nanoTime();
                long sum = committed == null ? 0 : ends.keySet().stream()
                        .mapToLong(tp -> committed.containsKey(tp) ? committed.get(tp).offset() : 0).sum();
                if (sum > 0 && firstCommitNanos == 0) {
                    firstCommitNanos = now;
                    committedAtFirst = sum;
                }
                if (TopicProgress.caughtUp(committed, ends)) {
                    done = now;
                } else if (exited) {
                    System.err.println("wirestream bench: the pass-through exited with code "
                            + passThrough.exitCodeOrMinusOne() + " before committing everything; "
                            + LogTail.describe(passThrough.logFile(), 30));
                    return 0;
                } else if (now > deadline) {
                    System.err.println("wirestream bench: the pass-through did not catch up in " + options.timeout);
                    return 0;
                } else {
                    Thread.sleep(PASS_THROUGH_LOOK.toMillis());
                }
            }
            awaitExit(passThrough, Duration.ofSeconds(60));
        } finally {
            passThrough.stop(Duration.ofSeconds(20));
            services.remove(passThrough);
        }
        resultLine(passThrough.logFile()).ifPresent(line -> say("%s", line));
        double seconds = seconds(start, done);
        double rate = records / seconds;
        say("pass-through: %d records committed %.1f s after its process start = %.0f records/s%s", records, seconds,
                rate, warm(records, committedAtFirst, firstCommitNanos, done, "its first commit", "records/s"));
        return rate;
    }

    /**
     * The rate after the first visible progress (a commit, an outcome): JVM and Kafka Streams start, group join and
     * the first fetch left out. Not measurable when everything came in that first step.
     */
    private static String warm(long records, long atFirst, long firstNanos, long doneNanos, String what, String unit) {
        if (firstNanos == 0 || atFirst >= records || doneNanos <= firstNanos) {
            return String.format("; after %s: not measurable (everything came at once)", what);
        }
        double seconds = seconds(firstNanos, doneNanos);
        return String.format(Locale.ROOT, "; %d more in the %.1f s after %s = %.0f %s (start-up excluded)",
                records - atFirst, seconds, what, (records - atFirst) / seconds, unit);
    }

    /**
     * Looks every {@link #LOOK} until drained (every raw record has its outcome, and with the sink every row is
     * stored), printing progress lines when they change; fails on a dead service, a failed ingest, more outcomes than
     * raw records, or the timeout.
     */
    private Drain awaitDrained(ManagedProcess ingest, boolean sinkRunning, long start) throws InterruptedException {
        progress.reset();
        long deadline = start + options.timeout.toNanos();
        long firstOutcome = 0;
        long outcomesAtFirst = 0;
        long outcomesBefore = -1;
        String lastLine = "";
        String lastState = "";
        long lastPrinted = 0;
        while (true) {
            for (ManagedProcess service : services) {
                if (!service.isAlive()) {
                    return new Drain(last, 0, 0, service.name() + " exited with code " + service.exitCodeOrMinusOne()
                            + "; " + LogTail.describe(service.logFile(), 30));
                }
            }
            boolean ingestDone = ingest == null || !ingest.isAlive();
            if (ingestDone && ingest != null && ingest.exitCodeOrMinusOne() > 1) {
                return new Drain(last, 0, 0, "ingest failed; " + LogTail.describe(ingest.logFile(), 30));
            }
            last = progress.snapshot(ingestDone, sinkRunning);
            long total = last.outcomes().total();
            if (outcomesBefore < 0) {
                outcomesBefore = total;
            } else if (total > outcomesBefore && firstOutcome == 0) {
                firstOutcome = System.nanoTime();
                outcomesAtFirst = total - outcomesBefore;
            }
            String line = last.describe();
            String state = line.replaceAll("\\d+", "#"); // what is caught up, what is working
            long now = System.nanoTime();
            if (!line.equals(lastLine) && (!state.equals(lastState) || now - lastPrinted >= PRINT_EVERY.toNanos())) {
                say("%s", line);
                lastLine = line;
                lastState = state;
                lastPrinted = now;
            }
            if (last.drained()) {
                return new Drain(last, firstOutcome, outcomesAtFirst, null);
            }
            if (last.overcounted()) {
                return new Drain(last, 0, 0, "enrich has committed everything but wrote more outcomes than raw records");
            }
            if (System.nanoTime() > deadline) {
                return new Drain(last, 0, 0, "not drained after " + options.timeout + " (logs in "
                        + data.resolve("logs") + ")");
            }
            Thread.sleep(LOOK.toMillis());
        }
    }

    private static long copies(List<SyntheticArticles.Article> articles) {
        return articles.stream().filter(a -> a.kind() != SyntheticArticles.Kind.ORIGINAL).count();
    }

    private ManagedProcess startIngest(String name, Path input, double rate) {
        Path summary = data.resolve(name + "-summary.json");
        ingestSummaries.add(summary);
        List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--summary-json", summary.toString(),
                "--input", input.toAbsolutePath().toString()));
        if (rate > 0) {
            args.addAll(List.of("--rate", String.format(Locale.ROOT, "%.1f", rate)));
        }
        return launcher.start(name, "ingest", "ingest", Heap.of("256m"), args);
    }

    private static boolean awaitExit(ManagedProcess process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** The line the pass-through prints at the end ({@code passthrough: N records in ...}). */
    private static Optional<String> resultLine(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.startsWith("passthrough: ")).reduce((a, b) -> b);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private int fail(String why) {
        System.err.println("wirestream bench: " + why);
        return 1;
    }

    /** Milliseconds of CPU per article by kind of thread, {@code before} to {@code after}. */
    private static String perArticle(ThreadCpu after, ThreadCpu before, long articles) {
        return after.secondsSince(before).entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f ms",
                e.getKey(), e.getValue() * 1e3 / articles)).collect(Collectors.joining(", "));
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[local] " + format + "%n", args);
        System.out.flush();
    }
}
