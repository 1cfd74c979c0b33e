package io.wirestream.local.pipeline;

import io.wirestream.schemas.Topics;
import io.wirestream.local.LocalStack;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.LogTail;
import io.wirestream.local.process.ManagedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./wirestream chaos}: the local pipeline under faults, ending with its ledger. While generated articles and
 * hostile inputs are ingested file after file, at random moments (a seeded random, so a run can be repeated) one of:
 * enrich, the sink or ingest killed with SIGKILL and started again; the broker killed with SIGKILL and started again;
 * the registry frozen (SIGSTOP) for 15 s; with PostgreSQL, the articles table locked for 20 s. After each kill it
 * measures how long the service took to resume its output. At the end: every raw record has exactly one outcome, no
 * id is enriched twice, the table holds exactly the enriched articles, every good article put in has an outcome.
 */
final class ChaosRun {

    private static final Instant FIRST_PUBLISHED = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration RESUME_BOUND = Duration.ofSeconds(120);

    private final LocalMain options;
    private final ServiceLauncher launcher;
    private final Path data;
    private final Path config;
    private final LocalStack stack;
    private final List<ManagedProcess> services;
    private final Progress progress;
    private final int kills;
    private final SplittableRandom random;
    private final FaultLog log = new FaultLog();
    private final AtomicReference<ManagedProcess> ingest = new AtomicReference<>();
    private final AtomicBoolean ingestDone = new AtomicBoolean();
    private final AtomicBoolean ingestKilled = new AtomicBoolean();
    private final AtomicReference<String> ingestFailure = new AtomicReference<>();
    private final List<Path> summaries = new ArrayList<>();
    private final List<String> deck = new ArrayList<>();
    private long started;

    ChaosRun(LocalMain options, ServiceLauncher launcher, Path data, Path config, LocalStack stack,
             List<ManagedProcess> services, Progress progress, int kills, long seed) {
        this.options = options;
        this.launcher = launcher;
        this.data = data;
        this.config = config;
        this.stack = stack;
        this.services = services;
        this.progress = progress;
        this.kills = kills;
        this.random = new SplittableRandom(seed);
    }

    int run(int articles, String jdbcUrl, String user, String password) throws Exception {
        try {
            return runFaults(articles, jdbcUrl, user, password);
        } catch (IllegalStateException e) {
            return fail(e.getMessage()); // a service that did not resume, or exited after its restart
        }
    }

    private int runFaults(int articles, String jdbcUrl, String user, String password) throws Exception {
        started = System.nanoTime();
        String prefix = "chaos-";
        List<SyntheticArticles.Article> generated = SyntheticArticles.generate(prefix, articles, 20261202,
                FIRST_PUBLISHED);
        int files = Math.max(2, Math.min(10, articles / 100));
        List<Path> inputs = new ArrayList<>();
        int per = (articles + files - 1) / files;
        for (int f = 0; f * per < articles; f++) {
            inputs.add(SyntheticArticles.write(data.resolve("chaos-input-" + f + ".jsonl"),
                    generated.subList(f * per, Math.min(articles, (f + 1) * per))));
        }
        Path hostile = data.resolve("chaos-hostile.jsonl");
        int hostileLines = HostileInputs.writeLines(hostile, prefix + "hostile-");
        inputs.add(inputs.size() / 2, hostile);
        say("chaos: %d generated articles in %d files, %d hostile lines, %d hostile raw records; %d faults",
                articles, inputs.size() - 1, hostileLines, HostileInputs.rawRecords(prefix, new byte[0]).size(), kills);

        ManagedProcess enrich = launcher.start("enrich", "enrich/app", "enrich", Heap.of("512m"),
                List.of("stream", "--config", config.toString()));
        services.add(enrich);
        services.add(launcher.start("sink", "sink", "sink", Heap.of("256m"), List.of("--config", config.toString())));

        // ingest, file after file, at a pace that keeps work flowing while the faults happen
        double rate = Math.max(2, articles / (kills * 15.0));
        Thread feeder = new Thread(() -> feed(inputs, rate), "chaos-ingest");
        feeder.setDaemon(true);
        feeder.start();

        // faults begin once the pipeline works: a service that cannot start at all is another test's business
        long firstBy = System.nanoTime() + RESUME_BOUND.toNanos();
        while (outcomes() <= 0) {
            if (System.nanoTime() > firstBy) {
                return fail("no outcome " + RESUME_BOUND.toSeconds() + " s after the start");
            }
            Thread.sleep(500);
        }
        boolean hostileSent = false;
        for (int i = 0; i < kills; i++) {
            Thread.sleep(3_000 + random.nextInt(4_000));
            if (!hostileSent) {
                hostileSent = produceHostileRecords(prefix);
            }
            if (ingestFailure.get() != null) {
                break;
            }
            fault(i, jdbcUrl, user, password);
        }
        feeder.join(options.timeoutMillis());
        if (ingestFailure.get() != null) {
            return fail(ingestFailure.get());
        }
        if (!hostileSent && !produceHostileRecords(prefix)) {
            return fail("no raw record to build the hostile records from");
        }
        if (!ingestDone.get()) {
            return fail("ingest did not finish within " + options.timeoutMillis() / 1000 + " s");
        }
        say("chaos: faults done; waiting for the pipeline to drain ...");
        if (!awaitDrained()) {
            return fail("not drained within " + options.timeoutMillis() / 1000 + " s");
        }
        for (String line : log.summary()) {
            say("  %s", line);
        }
        for (Path summary : summaries) {
            IngestSummary s = IngestSummary.read(summary);
            // every article read was acknowledged by the broker: a failed send is a lost article
            if (s.failed() > 0 || s.read() != s.produced()) {
                return fail(summary.getFileName() + ": read " + s.read() + " but produced " + s.produced()
                        + " (failed " + s.failed() + ")");
            }
        }
        // the embedded H2 file opens only once the sink has let go of it
        ManagedProcess sink = services.stream().filter(s -> s.name().equals("sink")).findFirst().orElseThrow();
        sink.stop(Duration.ofSeconds(20));
        services.remove(sink);
        Ledger ledger = Ledger.read(stack.bootstrapServers(), jdbcUrl, user, password);
        say("%s", ledger.line());
        List<String> problems = ledger.problems(generated.stream().map(SyntheticArticles.Article::id).toList());
        problems.forEach(p -> System.out.println("[local] LEDGER PROBLEM: " + p));
        Files.writeString(data.resolve("chaos-report.txt"), report(ledger, problems));
        say("chaos: %s; report in %s", problems.isEmpty() ? "the ledger balances: 0 lost, 0 duplicated"
                : problems.size() + " ledger problems", data.resolve("chaos-report.txt"));
        return problems.isEmpty() ? 0 : 1;
    }

    /** The next fault: drawn from a shuffled deck of every kind, so a run of a few faults still has each kind once. */
    private String nextFault(String jdbcUrl) {
        while (true) {
            if (deck.isEmpty()) {
                deck.addAll(List.of("kill enrich", "kill sink", "kill broker", "freeze registry", "kill ingest"));
                if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                    deck.add("lock table");
                }
                for (int i = deck.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(deck, i, random.nextInt(i + 1));
                }
            }
            String kind = deck.remove(0);
            if (!kind.equals("kill ingest") || !ingestDone.get()) {
                return kind;
            }
        }
    }

    private void fault(int index, String jdbcUrl, String user, String password) throws Exception {
        String kind = nextFault(jdbcUrl);
        double at = (System.nanoTime() - started) / 1e9;
        switch (kind) {
            case "kill enrich", "kill sink" -> {
                String name = kind.substring(5);
                ManagedProcess victim = services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
                LongSupplier output = name.equals("enrich") ? this::outcomes : this::rows;
                kill(victim.pid());
                victim.onExit().join();
                Thread.sleep(500 + random.nextInt(1_500));
                long before = output.getAsLong();
                long restarted = System.nanoTime();
                ManagedProcess again = name.equals("enrich")
                        ? launcher.start("enrich", "enrich/app", "enrich", Heap.of("512m"),
                                List.of("stream", "--config", config.toString()))
                        : launcher.start("sink", "sink", "sink", Heap.of("256m"), List.of("--config", config.toString()));
                services.set(services.indexOf(victim), again);
                record(at, kind, resume(output, before, restarted, name.equals("enrich") ? this::enrichIdle
                        : this::sinkIdle, again));
            }
            case "kill ingest" -> {
                ManagedProcess current = ingest.get();
                if (current != null && current.isAlive()) {
                    ingestKilled.set(true);
                    kill(current.pid()); // the feeder runs the same file again: its records come again
                }
                record(at, kind, -1);
            }
            case "kill broker" -> {
                long before = outcomes();
                kill(stack.broker().pid());
                stack.broker().stop(); // forgets the dead process (pid file, hook) and waits for its ports
                Thread.sleep(1_000);
                long restarting = System.nanoTime();
                stack.broker().start();
                long ready = System.nanoTime();
                long resumed = resume(this::outcomes, before, ready, this::enrichIdle, null);
                // the broker's own start (JVM, log recovery after an unclean stop) apart from the clients' resume
                log.add(at, kind, resumed, String.format(Locale.ROOT, "broker ready %.1f s after its restart",
                        (ready - restarting) / 1e9));
                say("chaos: %5.1f s  %-16s  broker ready after %.1f s; output again %s after that", at, kind,
                        (ready - restarting) / 1e9, resumed < 0 ? "(nothing waiting)"
                                : String.format(Locale.ROOT, "%.1f s", resumed / 1e3));
            }
            case "freeze registry" -> {
                signal("STOP", stack.registry().pid());
                Thread.sleep(15_000);
                signal("CONT", stack.registry().pid());
                record(at, kind, -1);
            }
            case "lock table" -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                     Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    s.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
                    Thread.sleep(20_000);
                    c.rollback();
                }
                record(at, kind, -1);
            }
            default -> throw new IllegalStateException(kind);
        }
    }

    private void record(double at, String kind, long resumeMillis) {
        log.add(at, kind, resumeMillis, "");
        say("chaos: %5.1f s  %-16s%s", at, kind, resumeMillis < 0 ? ""
                : String.format(Locale.ROOT, "  output again %.1f s after the restart", resumeMillis / 1e3));
    }

    /** Ms from the restart until {@code output} grows; -1 when nothing was waiting for it. */
    private long resume(LongSupplier output, long before, long restarted, java.util.function.BooleanSupplier idle,
                        ManagedProcess restartedProcess) throws InterruptedException {
        long deadline = restarted + RESUME_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (restartedProcess != null && !restartedProcess.isAlive()) {
                throw new IllegalStateException(restartedProcess.name() + " exited after its restart; "
                        + LogTail.describe(restartedProcess.logFile(), 20));
            }
            if (output.getAsLong() > before) {
                return (System.nanoTime() - restarted) / 1_000_000;
            }
            if (idle.getAsBoolean()) {
                return -1;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no output " + RESUME_BOUND.toSeconds() + " s after the restart; "
                + services.stream().filter(p -> !p.isAlive()).map(p -> p.name() + " is not running ("
                        + LogTail.describe(p.logFile(), 10) + ")").toList());
    }

    private void feed(List<Path> inputs, double rate) {
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Path summary = data.resolve("chaos-ingest-" + i + "-summary.json");
                while (true) {
                    ManagedProcess p = launcher.start("ingest", "ingest", "ingest", Heap.of("256m"), List.of("--config",
                            config.toString(), "--summary-json", summary.toString(), "--rate",
                            String.format(Locale.ROOT, "%.1f", rate), "--input", inputs.get(i).toString()));
                    ingest.set(p);
                    int code = p.onExit().join().exitValue();
                    if (code <= 1 && Files.isRegularFile(summary)) {
                        break; // 1: some lines refused, as the hostile file's are
                    }
                    if (!ingestKilled.getAndSet(false)) {
                        // not our doing: a line stopped the run, which is what the suite is there to catch
                        ingestFailure.set("ingest of " + inputs.get(i).getFileName() + " failed on its own (exit "
                                + code + "); " + LogTail.describe(p.logFile(), 10));
                        return;
                    }
                    say("chaos: ingest of %s killed; running it again", inputs.get(i).getFileName());
                }
                summaries.add(summary);
            }
        } finally {
            ingestDone.set(true);
        }
    }

    /**
     * Writes the hostile raw records, built from a good record already on articles.raw (so this runner needs no
     * schema of its own); false while there is none yet.
     */
    private boolean produceHostileRecords(String prefix) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        byte[] good = Ledger.firstValue(stack.bootstrapServers(), Topics.RAW);
        if (good == null) {
            return false;
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (HostileInputs.RawRecord r : HostileInputs.rawRecords(prefix + "hostile-", good)) {
                producer.send(new ProducerRecord<>(Topics.RAW, r.key(), r.value()));
            }
        }
        return true;
    }

    /** Outcomes so far; -1 while the broker cannot say (it is down or restarting). */
    private long outcomes() {
        try {
            return progress.snapshot(true, false).outcomes().total();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (org.apache.kafka.common.KafkaException e) {
            return -1;
        }
    }

    private long rows() {
        return progress.rows();
    }

    private boolean enrichIdle() {
        try {
            return ingestDone.get() && progress.snapshot(true, false).enrichCaughtUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (org.apache.kafka.common.KafkaException e) {
            return false;
        }
    }

    private boolean sinkIdle() {
        try {
            Progress.Snapshot s = progress.snapshot(ingestDone.get(), true);
            return s.enrichCaughtUp() && s.sinkCaughtUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (org.apache.kafka.common.KafkaException e) {
            return false;
        }
    }

    private boolean awaitDrained() throws InterruptedException {
        long deadline = System.nanoTime() + options.timeoutMillis() * 1_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (progress.snapshot(true, true).drained()) {
                    return true;
                }
            } catch (org.apache.kafka.common.KafkaException e) {
                // the broker is still coming back: look again
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    private String report(Ledger ledger, List<String> problems) {
        StringBuilder out = new StringBuilder("wirestream chaos report\n\n");
        appendFaults(out);
        out.append("\nby fault:\n");
        log.summary().forEach(l -> out.append("  ").append(l).append('\n'));
        out.append('\n').append(ledger.line()).append('\n');
        out.append(problems.isEmpty() ? "the ledger balances: 0 lost, 0 duplicated\n"
                : String.join("\n", problems) + "\n");
        return out.toString();
    }

    private void appendFaults(StringBuilder out) {
        out.append("faults (seconds into the run):\n");
        for (FaultLog.Entry e : log.entries()) {
            out.append(String.format(Locale.ROOT, "  %6.1f  %-16s %s%s%n", e.atSeconds(), e.fault(),
                    e.note().isEmpty() ? "" : e.note() + "; ",
                    e.resumeMillis() < 0 ? "nothing was waiting" : "output again after " + e.resumeMillis() + " ms"));
        }
    }

    private static void kill(long pid) throws IOException, InterruptedException {
        signal("KILL", pid);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    /**
     * Says why the run failed, and writes it to the report with the faults so far, one look at the pipeline and the
     * last lines of each service's log: a failure in CI shows only the report, and the logs go with its machine.
     */
    private int fail(String why) {
        System.err.println("wirestream chaos: " + why + "; logs in " + data.resolve("logs"));
        StringBuilder out = new StringBuilder("wirestream chaos report\n\nFAILED: ").append(why).append("\n\n");
        appendFaults(out);
        out.append(String.format(Locale.ROOT, "failed at %.1f s%n", (System.nanoTime() - started) / 1e9));
        try {
            out.append("pipeline: ").append(progress.snapshot(ingestDone.get(), true).describe()).append('\n');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            out.append("pipeline: (the broker did not answer: ").append(e.getMessage()).append(")\n");
        }
        for (String service : List.of("sink", "enrich")) {
            out.append('\n').append(LogTail.describe(data.resolve("logs").resolve(service + ".log"), 25)).append('\n');
        }
        try {
            Files.writeString(data.resolve("chaos-report.txt"), out);
        } catch (IOException e) {
            System.err.println("wirestream chaos: could not write the report: " + e.getMessage());
        }
        return 1;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[local] " + format + "%n", args);
        System.out.flush();
    }
}
