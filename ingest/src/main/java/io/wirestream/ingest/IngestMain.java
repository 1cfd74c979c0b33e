package io.wirestream.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ingest --input PATH...}: reads article files and produces them to articles.raw, then reports counts. */
@Command(name = "ingest", mixinStandardHelpOptions = true, version = "wirestream ingest 0.1.0",
        description = "Reads .txt, .json and .jsonl articles from files or directories and produces them to "
                + "articles.raw as Avro (Confluent wire format). Bad files are reported and skipped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input article was produced", "1:some inputs were skipped or failed",
                "2:usage or configuration error"})
public final class IngestMain implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
            description = "file or directory to read (repeatable)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "properties file (see README: Configuration)")
    Path configFile;

    @Option(names = "--source", paramLabel = "NAME", description = "source name for inputs that do not carry one")
    String source;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "overrides kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "overrides schema.registry.url")
    String registryUrl;

    @Option(names = "--rate", paramLabel = "N",
            description = "produce at most N records per second, on a fixed schedule (record i at i/N s after the "
                    + "first; a late one does not delay the rest); default 0: as fast as possible")
    double rate;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "also write the counts as JSON to FILE")
    Path summaryJson;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ServiceConfig config = ServiceConfig.builder("ingest").fields(IngestFields.ALL).bundledDefaults().file(configFile)
                .environment(System.getenv())
                .set("kafka.bootstrap.servers", bootstrapServers).set("schema.registry.url", registryUrl)
                .set(IngestFields.DEFAULT_SOURCE.name(), source)
                .build();
        Pacing pacing;
        try {
            pacing = new Pacing(rate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate: " + e.getMessage());
        }
        Topics topics = Topics.from(config);
        if (config.get(CommonFields.CREATE_TOPICS)) {
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                TopicCreator.ensure(admin, topics.all());
            }
        }
        ArticleReader reader = new ArticleReader(config.get(IngestFields.MAX_BYTES), config.get(IngestFields.DEFAULT_SOURCE));
        IngestReport report;
        try (Ingester ingester = new Ingester(new ArticlePublisher(config.kafkaProperties(), topics.raw(),
                Clock.systemUTC(), new EventTime(config.get(IngestFields.EVENT_TIME_MAX_AHEAD))), reader, pacing)) {
            if (!pacing.unlimited()) {
                System.out.printf("ingest: paced at %s records/s%n", rate);
            }
            report = ingester.ingest(inputs);
        }
        System.out.println("ingest: " + report.summary());
        report.problems().forEach(problem -> System.out.println("  skipped " + problem));
        if (summaryJson != null) {
            ObjectNode node = new ObjectMapper().createObjectNode()
                    .put("read", report.read()).put("produced", report.produced()).put("failed", report.failed())
                    .put("skipped", report.problems().size()).put("clamped", report.clamped());
            Files.writeString(summaryJson, node.toString());
        }
        return report.failed() == 0 && report.problems().isEmpty() ? 0 : 1;
    }
}
