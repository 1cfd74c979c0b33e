package io.wirestream.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.cli.ClusterOptions;
import io.wirestream.cli.CommandShell;
import io.wirestream.cli.ConfigOptions;
import io.wirestream.cli.WirestreamVersion;
import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.ingest.feed.FeedSource;
import io.wirestream.ingest.feed.FeedStateStore;
import io.wirestream.ingest.feed.FullText;
import io.wirestream.ingest.fetch.Fetcher;
import io.wirestream.ingest.fetch.HostGate;
import io.wirestream.ingest.http.ArticleEndpoint;
import io.wirestream.ingest.page.PageReader;
import io.wirestream.ingest.http.ArticlesHandler;
import io.wirestream.ingest.service.IngestMetrics;
import io.wirestream.ingest.service.IngestService;
import io.wirestream.ingest.service.Source;
import io.wirestream.ingest.service.SourceMetrics;
import io.wirestream.ingest.source.FolderSource;
import io.wirestream.ingest.source.StdinSource;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ingest --input PATH...}: reads article files and produces them to articles.raw, then reports counts.
 * With a service source ({@code --stdin}, {@code --watch DIR}, ...) it then keeps running with them, see
 * docs/ingest.md.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
        description = "Reads .txt, .json and .jsonl articles from files or directories and produces them to "
                + "articles.raw as Avro (Confluent wire format). Bad files are reported and skipped. With --stdin "
                + "or --watch it runs as a service with those sources until stopped (stdin alone: until its end).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input article was produced", "1:some inputs were skipped or failed",
                "2:usage or configuration error"})
public final class IngestMain implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", description = "file or directory to read (repeatable)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--stdin", description = "service source: JSON Lines on standard input")
    boolean stdin;

    @Option(names = "--watch", paramLabel = "DIR", description = "service source: a folder watched for new files "
            + "(overrides ingest.watch.dir)")
    Path watchDir;

    @Option(names = "--http-port", paramLabel = "PORT", description = "service source: POST /articles (and /metrics, "
            + "/health) on this port, 0 for any free one (overrides ingest.http.port)")
    Integer httpPort;

    @Option(names = "--feed", paramLabel = "URL", description = "service source: an RSS/Atom/RDF feed to poll "
            + "(repeatable; added to ingest.feeds)")
    List<String> feedUrls = new ArrayList<>();

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--source", paramLabel = "NAME", description = "source name for inputs that do not carry one")
    String source;

    @Option(names = "--rate", paramLabel = "N",
            description = "produce at most N records per second, on a fixed schedule (record i at i/N s after the "
                    + "first; a late one does not delay the rest); default 0: as fast as possible")
    double rate;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "also write the counts as JSON to FILE")
    Path summaryJson;

    /** The counts of the {@code --input} run, if there was one: the service's summary adds to them. */
    private IngestReport fileReport;

    public static void main(String[] args) {
        CommandShell.main(new IngestMain(), args);
    }

    @Override
    public Integer call() throws Exception {
        ServiceConfig config = configOptions.config("ingest", IngestFields.ALL, builder -> cluster.applyTo(builder)
                .set(IngestFields.DEFAULT_SOURCE.name(), source, "option --source")
                .set(IngestFields.WATCH_DIR.name(), watchDir == null ? null : watchDir.toString(), "option --watch")
                .set(IngestFields.HTTP_PORT.name(), httpPort == null ? null : httpPort.toString(), "option --http-port"));
        if (configOptions.printConfig()) {
            ConfigOptions.print(config, spec.commandLine().getOut());
            return 0;
        }
        Pacing pacing;
        try {
            pacing = new Pacing(rate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate: " + e.getMessage());
        }
        List<URI> feeds = feedsOf(config);
        boolean service = !feeds.isEmpty() || stdin || config.get(IngestFields.WATCH_DIR) != null || config.get(IngestFields.HTTP_PORT) >= 0;
        if (inputs.isEmpty() && !service) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to ingest: give --input PATH, or a service source (--stdin, --watch DIR, --http-port PORT, --feed URL)");
        }
        Topics topics = Topics.from(config);
        if (config.get(CommonFields.CREATE_TOPICS)) {
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                TopicCreator.ensure(admin, topics.all());
            }
        }
        ArticleReader reader = new ArticleReader(config.get(IngestFields.MAX_BYTES), config.get(IngestFields.DEFAULT_SOURCE));
        try (ArticlePublisher publisher = new ArticlePublisher(config.kafkaProperties(), topics.raw(),
                Clock.systemUTC(), new EventTime(config.get(IngestFields.EVENT_TIME_MAX_AHEAD)))) {
            int exit = 0;
            if (!inputs.isEmpty()) {
                exit = ingestFiles(publisher, reader, pacing);
            }
            if (service) {
                runService(config, publisher, reader, feeds);
            }
            return exit;
        }
    }

    private int ingestFiles(ArticlePublisher publisher, ArticleReader reader, Pacing pacing) throws Exception {
        if (!pacing.unlimited()) {
            System.out.printf("ingest: paced at %s records/s%n", rate);
        }
        IngestReport report = new Ingester(publisher, reader, pacing).ingest(inputs);
        fileReport = report;
        System.out.println("ingest: " + report.summary());
        report.problems().forEach(problem -> System.out.println("  skipped " + problem));
        if (summaryJson != null) {
            ObjectNode node = new ObjectMapper().createObjectNode()
                    .put("read", report.read()).put("produced", report.produced()).put("failed", report.failed())
                    .put("skipped", report.problems().size()).put("clamped", report.clamped())
                    .put("resent", report.resent());
            Files.writeString(summaryJson, node.toString());
        }
        return report.failed() == 0 && report.problems().isEmpty() ? 0 : 1;
    }

    /**
     * {@code --summary-json} of a service run, written when it stops: the totals over every source (read = items
     * fetched, skipped = errors) plus the file run's, and each source's counts.
     */
    private void writeServiceSummary(IngestMetrics metrics) {
        if (summaryJson == null) {
            return;
        }
        long read = fileReport == null ? 0 : fileReport.read();
        long produced = fileReport == null ? 0 : fileReport.produced();
        long skipped = fileReport == null ? 0 : fileReport.problems().size() + fileReport.failed();
        ObjectNode sources = new ObjectMapper().createObjectNode();
        for (SourceMetrics source : metrics.all()) {
            read += source.fetched();
            produced += source.produced();
            skipped += source.errors();
            sources.putObject(source.source()).put("fetched", source.fetched()).put("new", source.fresh())
                    .put("produced", source.produced()).put("errors", source.errors());
        }
        ObjectNode node = new ObjectMapper().createObjectNode().put("read", read).put("produced", produced)
                .put("skipped", skipped);
        node.set("sources", sources);
        try {
            Files.writeString(summaryJson, node.toString());
        } catch (java.io.IOException e) {
            System.err.println("ingest: cannot write " + summaryJson + ": " + e.getMessage());
        }
    }

    private List<URI> feedsOf(ServiceConfig config) {
        List<String> all = new ArrayList<>(feedUrls);
        String configured = config.get(IngestFields.FEEDS);
        if (configured != null) {
            all.addAll(List.of(configured.trim().split("[,\\s]+")));
        }
        List<URI> feeds = new ArrayList<>();
        for (String url : all.stream().filter(u -> !u.isBlank()).distinct().toList()) {
            try {
                URI uri = new URI(url.trim());
                if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                    throw new URISyntaxException(url, "not an http(s) URL with a host");
                }
                feeds.add(uri);
            } catch (URISyntaxException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "feed " + url + ": " + e.getMessage());
            }
        }
        return feeds;
    }

    /**
     * Runs the configured sources until stopped (SIGTERM / Ctrl-C), or until stdin ends when it is the only one.
     * "try" warnings suppressed: the endpoint is only held to be closed last, and the service is closed explicitly
     * (before the summary is written) as well as by the try; both closes are idempotent.
     */
    @SuppressWarnings("try")
    private void runService(ServiceConfig config, ArticlePublisher publisher, ArticleReader reader, List<URI> feeds)
            throws InterruptedException, java.io.IOException {
        IngestMetrics metrics = new IngestMetrics();
        List<Source> sources = new ArrayList<>();
        Path watch = config.get(IngestFields.WATCH_DIR);
        if (watch != null) {
            sources.add(new FolderSource(watch, config.get(IngestFields.WATCH_INTERVAL), reader, publisher,
                    metrics.source("folder:" + watch)));
        }
        if (!feeds.isEmpty()) {
            Fetcher fetcher = new Fetcher(new HostGate(config.get(IngestFields.FETCH_HOST_INTERVAL)),
                    new Fetcher.Limits(config.get(IngestFields.FETCH_CONNECT_TIMEOUT), config.get(IngestFields.FETCH_TIMEOUT),
                            config.get(IngestFields.FETCH_MAX_BYTES), config.get(IngestFields.FETCH_RETRIES),
                            config.get(IngestFields.FETCH_BACKOFF)), config.get(IngestFields.FETCH_USER_AGENT));
            FeedStateStore states = new FeedStateStore(config.get(IngestFields.FEED_STATE_FILE));
            FullText fullText = config.get(IngestFields.FEED_FULL_TEXT) ? new PageReader(fetcher) : null;
            for (URI feed : feeds) {
                sources.add(new FeedSource(feed, config.get(IngestFields.FEED_INTERVAL), fetcher, fullText, states,
                        publisher, metrics.source("feed:" + feed)));
            }
        }
        boolean stdinOnly = stdin && sources.isEmpty();
        if (stdin) {
            sources.add(new StdinSource(System.in, new JsonLinesReader(config.get(IngestFields.MAX_BYTES),
                    new JsonArticles(config.get(IngestFields.DEFAULT_SOURCE))), publisher, metrics.source("stdin")));
        }
        int port = config.get(IngestFields.HTTP_PORT);
        ArticleEndpoint endpoint = null;
        if (port >= 0) {
            endpoint = ArticleEndpoint.start(config.get(IngestFields.HTTP_HOST), port,
                    new ArticlesHandler(config.get(IngestFields.HTTP_MAX_BYTES),
                            new JsonArticles(config.get(IngestFields.DEFAULT_SOURCE)), publisher,
                            metrics.source("http")), metrics);
            System.out.printf("ingest: POST /articles on http://%s:%d/articles%n", config.get(IngestFields.HTTP_HOST),
                    endpoint.port());
        }
        stdinOnly &= endpoint == null;
        CountDownLatch stopped = new CountDownLatch(1);
        try (ArticleEndpoint closeLast = endpoint; IngestService ingest = new IngestService(sources, metrics, config.get(IngestFields.PROGRESS_INTERVAL))) {
            Thread hook = new Thread(() -> {
                ingest.close();
                publisher.flush(); // what the sources sent is acknowledged before the JVM goes
                writeServiceSummary(metrics);
                stopped.countDown();
            }, "ingest-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            System.out.println("ingest: running with " + sources.stream().map(Source::name).toList());
            ingest.start();
            if (stdinOnly) {
                ingest.awaitSources();
                Runtime.getRuntime().removeShutdownHook(hook);
                ingest.close();
                writeServiceSummary(metrics);
            } else {
                stopped.await();
            }
        }
    }
}
