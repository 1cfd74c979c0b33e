package io.wirestream.local.pipeline;

import io.wirestream.cli.CommandShell;
import io.wirestream.cli.WirestreamVersion;
import io.wirestream.local.LocalStack;
import io.wirestream.local.files.FileTrees;
import io.wirestream.local.dist.Distribution;
import io.wirestream.local.kafka.KafkaBrokerConfig;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.LogTail;
import io.wirestream.local.process.ManagedProcess;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.ResidentMemory;
import io.wirestream.local.process.ShutdownHook;
import io.wirestream.local.process.StopTogether;
import io.wirestream.local.registry.RegistryConfig;
import io.wirestream.schemas.ConsumerGroups;
import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./wirestream local}: the whole pipeline on this machine. A KRaft broker and an Apicurio registry as
 * processes, then the enrich and sink services, then ingest of the input; progress while it drains; a summary;
 * and every process stopped at the end (or at Ctrl-C).
 */
@Command(name = "local", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
        description = "Runs a real single-node Kafka broker (KRaft), an Apicurio schema registry, and the ingest, "
                + "enrich and sink services on this machine; ingests the input and reports what happened.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ran (with --once: everything drained)", "1:a process failed or did not drain in time",
                "2:usage error, or a port is busy", "130/143:stopped by Ctrl-C or SIGTERM (every process stopped cleanly)"})
public final class LocalMain implements Callable<Integer> {

    static final String ENRICH_GROUP = ConsumerGroups.ENRICH;
    static final String SINK_GROUP = ConsumerGroups.SINK;
    /** How often {@code local} looks at the pipeline: a look is a few admin requests and one stats call. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(500);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set when a signal (Ctrl-C, kill -INT, SIGTERM) stops the run: children exiting then is the stop, not a failure. */
    private final AtomicBoolean stopping = new AtomicBoolean();

    @Option(names = {"-v", "--verbose"}, description = "on a failure, print the stack trace too")
    boolean verbose;

    @Option(names = "--once", description = "exit when everything ingested has been written to the database")
    boolean once;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "file or directory to ingest (repeatable; default: the bundled sample articles)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL",
            description = "ingest runs as a service polling this RSS/Atom/RDF feed (repeatable; see docs/ingest.md)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "ingest runs as a service watching this folder for new .txt/.json/.jsonl files")
    Path watchDir;

    @Option(names = "--ingest-config", paramLabel = "FILE",
            description = "ingest runs as a service with these properties (ingest.feeds, fetch limits, ...; example: "
                    + "docs/ingest-example.properties)")
    Path ingestConfig;

    @Option(names = "--ingest-port", paramLabel = "PORT",
            description = "when ingest runs as a service: its POST /articles, /metrics and /health port "
                    + "(default: ${DEFAULT-VALUE}; -1: none)")
    int ingestPort = 8089;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where logs and data go (emptied at start; default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of(".wirestream", "local");

    @Option(names = "--kafka-port", description = "broker port (default: ${DEFAULT-VALUE})")
    int kafkaPort = KafkaBrokerConfig.DEFAULT_BROKER_PORT;

    @Option(names = "--controller-port", description = "KRaft controller port (default: ${DEFAULT-VALUE})")
    int controllerPort = KafkaBrokerConfig.DEFAULT_CONTROLLER_PORT;

    @Option(names = "--registry-port", description = "schema registry HTTP port (default: ${DEFAULT-VALUE})")
    int registryPort = RegistryConfig.DEFAULT_HTTP_PORT;

    @Option(names = "--registry-management-port", description = "registry health port (default: ${DEFAULT-VALUE})")
    int registryManagementPort = RegistryConfig.DEFAULT_MANAGEMENT_PORT;

    @Option(names = "--sink-port", description = "sink read API and dashboard port (default: ${DEFAULT-VALUE})")
    int sinkPort = 8088;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "sink database (default: an H2 file in the data directory), e.g. jdbc:postgresql://127.0.0.1:5432/test")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "user for --jdbc-url (default: ${DEFAULT-VALUE})")
    String jdbcUser = "postgres";

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", description = "password for --jdbc-url (default: none)")
    String jdbcPassword = "";

    @Option(names = "--generate", paramLabel = "N",
            description = "benchmark (implies --once): N generated articles measured through a pass-through reference, "
                    + "enrich alone, and the whole pipeline, then paced for latency (docs/benchmarks.md)")
    int generate;

    @Option(names = "--live", paramLabel = "L",
            description = "with --generate: articles ingested live for the end-to-end phase (default: N)")
    Integer live;

    @Option(names = "--paced", paramLabel = "M",
            description = "with --generate: articles ingested at half the end-to-end rate for the latency figures "
                    + "(default: half of N; 0 skips that phase)")
    Integer paced;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "with --once: give up after this long (with --generate: per phase) (default: ${DEFAULT-VALUE})")
    Duration timeout = Duration.ofMinutes(5);

    @Option(names = "--chaos", paramLabel = "FAULTS",
            description = "fault suite: FAULTS random kills and stalls (enrich, sink, ingest, broker killed with SIGKILL "
                    + "and restarted; the registry frozen; with --jdbc-url, the table locked) while generated and "
                    + "hostile articles are ingested, then the ledger (docs/reliability.md)")
    int chaos;

    @Option(names = "--chaos-articles", paramLabel = "N", description = "with --chaos: generated articles (default: "
            + "${DEFAULT-VALUE})")
    int chaosArticles = 1500;

    @Option(names = "--seed", paramLabel = "S", description = "with --chaos: the random seed of the faults (default: "
            + "${DEFAULT-VALUE})")
    long seed = 1;

    long timeoutMillis() {
        return timeout.toMillis();
    }

    public static void main(String[] args) {
        CommandShell.main(new LocalMain(), args);
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Path home = home();
        if (System.getProperty(Distribution.HOME_PROPERTY) == null) {
            System.setProperty(Distribution.HOME_PROPERTY, home.resolve("local").resolve("target").toString());
        }
        Path data = dataDir.toAbsolutePath().normalize();
        String howToChange = "choose other ports with --kafka-port, --controller-port, --registry-port, "
                + "--registry-management-port, --sink-port";
        if (ingestConfig != null) {
            readProperties(ingestConfig); // a missing or malformed file is a usage error now, not after the broker starts
        }
        if (ingestService() && (once || generate > 0)) {
            System.err.println("wirestream local: --feed, --watch and --ingest-config make ingest a service that runs "
                    + "until stopped; they do not go with --once or --generate");
            return 2;
        }
        try {
            if (ingestService() && ingestPort >= 0) {
                Ports.requireFree("127.0.0.1", ingestPort, "ingest HTTP endpoint", "--ingest-port");
            }
            Ports.requireFree("127.0.0.1", kafkaPort, "Kafka broker", "--kafka-port");
            Ports.requireFree("127.0.0.1", controllerPort, "KRaft controller", "--controller-port");
            Ports.requireFree("127.0.0.1", registryPort, "schema registry", "--registry-port");
            Ports.requireFree("127.0.0.1", registryManagementPort, "schema registry management", "--registry-management-port");
            Ports.requireFree("127.0.0.1", sinkPort, "sink API", "--sink-port");
        } catch (IllegalStateException busy) {
            System.err.println("wirestream local: " + busy.getMessage());
            return 2;
        }
        emptyDirectory(data);
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);

        List<ManagedProcess> services = new ArrayList<>();
        LocalStack[] stack = new LocalStack[1];
        ShutdownHook hook = ShutdownHook.register("wirestream-local-stop", () -> {
            stopping.set(true);
            say("stopping: a signal asked this run to end; stopping every process ...");
            stopAll(services, stack[0]);
            say("stopped cleanly");
        });
        try {
            say("starting Kafka broker (KRaft) on 127.0.0.1:%d and Apicurio registry on 127.0.0.1:%d ...", kafkaPort,
                    registryPort);
            // class-data archives and formatted KRaft log dirs beside the jars they describe: they outlive the data
            // folder emptied at each start, and a rebuilt jar makes the JVM write a fresh archive
            JavaExecutable java = JavaExecutable.current()
                    .withClassArchives(home.resolve("local").resolve("target").resolve("class-archives"));
            KafkaBrokerConfig brokerConfig = KafkaBrokerConfig.defaults(data.resolve("broker"))
                    .withPorts(kafkaPort, controllerPort).withHowToChangePort(howToChange).withJava(java)
                    .withFormatCache(home.resolve("local").resolve("target").resolve("kraft-formats"));
            RegistryConfig registryConfig = RegistryConfig.defaults(data.resolve("registry"))
                    .withPorts(registryPort, registryManagementPort).withHowToChangePort(howToChange).withJava(java);
            stack[0] = LocalStack.start(brokerConfig, registryConfig);
            say("broker ready at %s, registry ready at %s", stack[0].bootstrapServers(), stack[0].registryUrl());

            Path config = writeServiceConfig(data, stack[0]);
            ServiceLauncher launcher = new ServiceLauncher(home, logs, java);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack[0].bootstrapServers()));
                 TopicCounter outcomes = new TopicCounter(stack[0].bootstrapServers(),
                         List.of(Topics.ENRICHED, Topics.DUPLICATES, Topics.DEAD_LETTERS), Topics.RAW)) {
                TopicProgress topics = new TopicProgress(admin);
                Progress progress = new Progress(topics, outcomes, new SinkStatsClient(sinkPort));
                int result = chaos > 0
                        ? new ChaosRun(this, launcher, data, config, stack[0], services, progress, chaos, seed)
                                .run(chaosArticles, sinkJdbcUrl(data), jdbcUrl != null ? jdbcUser : "sa",
                                        jdbcUrl != null ? jdbcPassword : "")
                        : generate > 0
                        ? bench(new BenchRun(this, launcher, data, config, services, topics, progress), stack[0], progress,
                                services)
                        : pipeline(launcher, data, config, logs, stack[0], progress, services, started);
                say("wall time %.1f s", (System.nanoTime() - started) / 1e9);
                return result;
            }
        } catch (RuntimeException e) {
            if (stopping.get()) {
                return 130; // the processes went away because we are stopping them: not a failure
            }
            System.err.println("wirestream local: " + CommandShell.describe(e));
            if (chaos > 0 || verbose) {
                e.printStackTrace(); // the fault suite's own failure: where it happened matters more than brevity
            }
            return 1;
        } finally {
            stopAll(services, stack[0]);
            hook.unregister();
        }
    }

    /** {@code ./wirestream local}: enrich and sink, then ingest of the input; watched until drained (with --once). */
    private int pipeline(ServiceLauncher launcher, Path data, Path config, Path logs, LocalStack stack, Progress progress,
                         List<ManagedProcess> services, long started) throws IOException, InterruptedException {
        boolean service = ingestService();
        // the bundled samples are the default input only when no service source is given
        List<Path> toIngest = !inputs.isEmpty() ? inputs
                : service ? List.of() : List.of(bundledSamples(data.resolve("samples")));
        services.add(launcher.start("enrich", "enrich/app", "enrich", Heap.of("512m"),
                List.of("stream", "--config", config.toString())));
        services.add(launcher.start("sink", "sink", "sink", Heap.of("256m"), List.of("--config", config.toString())));
        say("enrich and sink started (logs in %s)", logs);
        if (sinkPort > 0) {
            say("dashboard: http://127.0.0.1:%d/", sinkPort);
        }

        Path summary = data.resolve("ingest-summary.json");
        List<String> ingestArgs = new ArrayList<>(List.of("--config",
                (service ? writeIngestConfig(data, config) : config).toString(), "--summary-json", summary.toString()));
        toIngest.forEach(p -> ingestArgs.addAll(List.of("--input", p.toAbsolutePath().toString())));
        feeds.forEach(f -> ingestArgs.addAll(List.of("--feed", f)));
        if (watchDir != null) {
            ingestArgs.addAll(List.of("--watch", watchDir.toAbsolutePath().toString()));
        }
        if (service && ingestPort >= 0) {
            ingestArgs.addAll(List.of("--http-port", Integer.toString(ingestPort)));
        }
        ManagedProcess ingest = launcher.start("ingest", "ingest", "ingest", Heap.of("256m"), ingestArgs);
        if (service) {
            services.add(ingest); // a service: stopped with the others (first), and its exit is a failure
            say("ingest runs as a service%s%s%s%s (Ctrl-C stops everything)", toIngest.isEmpty() ? "" : " after "
                    + toIngest, feeds.isEmpty() ? "" : ", feeds " + feeds, watchDir == null ? "" : ", watching "
                    + watchDir, ingestPort < 0 ? "" : ", POST /articles and /metrics on http://127.0.0.1:"
                    + ingestPort);
        } else {
            say("ingesting %s ...", toIngest);
        }

        int result = watch(progress, ingest, services, started);
        if (stopping.get()) {
            return result; // the shutdown hook stops everything and says so
        }
        printSummary(data, stack, progress, services, List.of(summary));
        Progress.Snapshot now = progress.snapshot(!ingest.isAlive(), true);
        System.out.println(now.outcomes().line());
        if (!now.outcomes().addUp()) {
            System.out.println(now.outcomes().warning());
            return 1;
        }
        return result;
    }

    /** {@code ./wirestream bench}: the phases of {@link BenchRun}, the summary, the latency and the outcome lines. */
    private int bench(BenchRun bench, LocalStack stack, Progress progress, List<ManagedProcess> services)
            throws IOException, InterruptedException {
        int result = bench.run();
        printSummary(dataDir.toAbsolutePath().normalize(), stack, progress, services, bench.ingestSummaries());
        if (result == 0) {
            ManagedProcess sink = services.stream().filter(s -> s.name().equals("sink")).findFirst().orElseThrow();
            if (!bench.printLatency(sink, sinkJdbcUrl(dataDir.toAbsolutePath().normalize()),
                    jdbcUrl != null ? jdbcUser : "sa", jdbcUrl != null ? jdbcPassword : "")) {
                result = 1;
            }
        }
        return bench.printOutcomes() ? result : 1;
    }

    /** Articles of the live end-to-end phase: {@code --live}, else {@code --generate}. */
    int liveArticles() {
        return live != null ? Math.max(1, live) : generate;
    }

    /** Articles of the paced phase: {@code --paced}, else half of {@code --generate}. */
    int pacedArticles() {
        return paced != null ? Math.max(0, paced) : generate / 2;
    }

    private int watch(Progress progress, ManagedProcess ingest, List<ManagedProcess> services, long started)
            throws InterruptedException {
        long deadline = started + timeout.toNanos();
        String last = "";
        LogFollower ingestProgress = new LogFollower(ingest.logFile(), "ingest: ");
        while (true) {
            if (stopping.get()) {
                return 130; // the shutdown hook stops every process and says so
            }
            ingestProgress.newLines().forEach(line -> say("%s", line));
            for (ManagedProcess service : services) {
                if (!service.isAlive() && stopping.get()) {
                    return 130;
                }
                if (!service.isAlive() && isSignalExit(service.exitCodeOrMinusOne())) {
                    say("%s was stopped by a signal (exit code %d); stopping the pipeline", service.name(),
                            service.exitCodeOrMinusOne());
                    return 0;
                }
                if (!service.isAlive()) {
                    System.err.println("wirestream local: " + service.name() + " exited with code "
                            + service.exitCodeOrMinusOne() + "; " + LogTail.describe(service.logFile(), 30));
                    return 1;
                }
            }
            Progress.Snapshot now = progress.snapshot(!ingest.isAlive(), true);
            String line = now.describe();
            if (!line.equals(last)) {
                say("%s", line);
                last = line;
            }
            if (!ingest.isAlive() && ingest.exitCodeOrMinusOne() > 1) {
                System.err.println("wirestream local: ingest failed; " + LogTail.describe(ingest.logFile(), 30));
                return 1;
            }
            if (once && now.drained()) {
                say("drained: everything ingested has been processed and written");
                return 0;
            }
            if (once && now.overcounted()) {
                System.err.println("wirestream local: enrich has committed everything but wrote more outcomes than raw "
                        + "records");
                return 1;
            }
            if (once && System.nanoTime() > deadline) {
                System.err.println("wirestream local: not drained after " + timeout + " (see logs in "
                        + ingest.logFile().getParent() + ")");
                return 1;
            }
            Thread.sleep(LOOK_EVERY.toMillis());
        }
    }

    /** 130 and 143: a JVM that ended on SIGINT or SIGTERM, i.e. was stopped, not failed. */
    static boolean isSignalExit(int code) {
        return code == 130 || code == 143;
    }

    /** True once a signal has asked this run to stop. */
    boolean stopping() {
        return stopping.get();
    }

    private void printSummary(Path data, LocalStack stack, Progress progress, List<ManagedProcess> services,
                              List<Path> ingestSummaries) {
        long read = 0;
        long produced = 0;
        long skipped = 0;
        for (Path file : ingestSummaries) {
            IngestSummary ingested = IngestSummary.read(file);
            read += ingested.read();
            produced += ingested.produced();
            skipped += ingested.skipped();
        }
        boolean sinkUp = services.stream().anyMatch(s -> s.name().equals("sink") && s.isAlive());
        say("summary: read %d, produced %d, skipped %d, duplicates %d, dead letters %d (enrich %d), rows written %s",
                read, produced, skipped, progress.count(Topics.DUPLICATES), progress.count(Topics.DEAD_LETTERS),
                progress.countFromSource(Topics.DEAD_LETTERS), sinkUp ? Long.toString(progress.rows()) : "-");
        if (sinkUp) {
            progress.recentTitles().forEach(title -> say("  in the database: %s", title));
        }
        long total = 0;
        StringBuilder memory = new StringBuilder();
        List<Map.Entry<String, Long>> pids = new ArrayList<>(List.of(Map.entry("broker", stack.broker().pid()),
                Map.entry("registry", stack.registry().pid())));
        services.stream().filter(ManagedProcess::isAlive).forEach(s -> pids.add(Map.entry(s.name(), s.pid())));
        for (Map.Entry<String, Long> pid : pids) {
            long bytes = ResidentMemory.bytes(pid.getValue()).orElse(0);
            total += bytes;
            memory.append(String.format(" %s %d MB,", pid.getKey(), bytes >> 20));
        }
        say("resident memory:%s total %d MB", memory, total >> 20);
        say("database: %s", jdbcUrl != null ? jdbcUrl : data.resolve("sink") + " (H2 file)");
    }

    /** The sink's database as the services are configured with it. */
    private String sinkJdbcUrl(Path data) {
        return jdbcUrl != null ? jdbcUrl
                : "jdbc:h2:file:" + data.resolve("sink").resolve("wirestream") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    /** Ingest runs as a long-lived service with sources, not as one run over files. */
    boolean ingestService() {
        return !feeds.isEmpty() || watchDir != null || ingestConfig != null;
    }

    /**
     * The service config, then the feed state in the data directory, then the user's {@code --ingest-config}: later
     * keys win, so the user's file can set anything but the broker and the registry, which are this run's.
     */
    private Path writeIngestConfig(Path data, Path serviceConfig) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(serviceConfig)) {
            properties.load(in);
        }
        properties.setProperty("ingest.feed.state.file", data.resolve("ingest").resolve("feed-state.json").toString());
        if (ingestConfig != null) {
            Properties user = readProperties(ingestConfig);
            user.remove("kafka.bootstrap.servers");
            user.remove("schema.registry.url");
            properties.putAll(user);
        }
        Path file = data.resolve("ingest.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "ingest service of ./wirestream local");
        }
        return file;
    }

    /** The properties of {@code --ingest-config}; one that cannot be read is a usage error naming it. */
    private Properties readProperties(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ingest-config " + file
                    + ": does not exist or is not a file");
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ingest-config " + file + ": cannot read "
                    + "it: " + e.getMessage());
        }
        return properties;
    }

    private Path writeServiceConfig(Path data, LocalStack stack) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("kafka.bootstrap.servers", stack.bootstrapServers());
        properties.setProperty("schema.registry.url", stack.registryUrl());
        properties.setProperty("kafka.state.dir", data.resolve("enrich-state").toString());
        properties.setProperty("sink.http.port", Integer.toString(sinkPort));
        // one instance of each service: static membership lets a restarted one resume without a rebalance
        properties.setProperty("instance.id", "local");
        properties.setProperty("sink.http.host", "127.0.0.1"); // like every local process: loopback only
        // articles carry their own (often old) dates as event time: a local run keeps whatever it ingests
        properties.setProperty("topics.raw.retention", "P36500D");
        properties.setProperty("topics.audit.retention", "P36500D");
        properties.setProperty("sink.jdbc.url", sinkJdbcUrl(data));
        if (jdbcUrl != null) {
            properties.setProperty("sink.jdbc.user", jdbcUser);
            properties.setProperty("sink.jdbc.password", jdbcPassword);
        }
        Path file = data.resolve("pipeline.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by ./wirestream local for this run");
        }
        return file;
    }

    /** The bundled samples, copied out of the jar so ingest can read them as files. */
    private static Path bundledSamples(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : List.of("samples.jsonl", "aleppo-water.txt")) {
            try (InputStream in = LocalMain.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample " + name + " is missing from the jar");
                }
                Files.copy(in, target.resolve(name));
            }
        }
        return target;
    }

    private static void emptyDirectory(Path dir) throws IOException {
        FileTrees.delete(dir);
        Files.createDirectories(dir);
    }

    /**
     * Stops the services together (none needs another to stop cleanly, and each JVM's shutdown takes a second or
     * two), then the broker and registry, which the services need until they have committed and left.
     * Synchronized: the shutdown hook and the main thread's finally may both stop; the second finds all stopped.
     */
    private static synchronized void stopAll(List<ManagedProcess> services, LocalStack stack) {
        StopTogether.run(services.stream().<Runnable>map(s -> () -> s.stop(Duration.ofSeconds(20))).toList());
        if (stack != null) {
            stack.close();
        }
    }

    private static Path home() {
        String configured = System.getProperty("wirestream.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            // <home>/local/target/wirestream-local-<version>.jar
            Path jar = Path.of(LocalMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            return Path.of(".").toAbsolutePath();
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf("[local] " + format + "%n", args);
        System.out.flush();
    }
}
