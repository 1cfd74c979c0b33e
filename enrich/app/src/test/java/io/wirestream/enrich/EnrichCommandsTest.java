package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cli.CommandChecks;
import io.wirestream.cli.CommandChecks.Run;
import io.wirestream.config.ConfigDocs;
import io.wirestream.config.ServiceConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the enrich jar (the stream service, the offline commands, the pass-through benchmark) answers a
 * broken configuration file, a bad option, a bad environment value and every field's bad values with exit 2 and one
 * line naming the key; the offline commands read the same file, variables and options as the stream.
 */
class EnrichCommandsTest {

    private static final List<List<String>> OFFLINE = List.of(List.of("clean"), List.of("tag"), List.of("dedup"),
            List.of("enrich"));

    @TempDir
    Path dir;

    @Test
    void everyCommandAnswersABrokenFileABadOptionAndABadVariableWithOneLineAndExitTwo() {
        CommandChecks.assertCommonErrors(EnrichMain::new, List.of("stream"), EnrichFields.LANE_SILENCE, dir);
        CommandChecks.assertCommonErrors(EnrichMain::new, List.of("passthrough", "--application-id", "x"),
                io.wirestream.config.CommonFields.TOPIC_PARTITIONS, dir);
        for (List<String> command : OFFLINE) {
            CommandChecks.assertCommonErrors(EnrichMain::new, command, DedupFields.RETENTION, dir);
        }
        CommandChecks.assertUsageError(CommandChecks.run(EnrichMain::new, Map.of(), List.of("stremm")), "stremm");
    }

    @TestFactory
    Stream<DynamicTest> theStreamRefusesEveryBadValueOfEveryField() {
        return CommandChecks.fuzzFields("stream", EnrichMain::new, List.of("stream"), EnrichFields.ALL, dir);
    }

    @TestFactory
    Stream<DynamicTest> theOfflineCommandsRefuseEveryBadValueOfEveryStageField() {
        return OFFLINE.stream().flatMap(command -> CommandChecks.fuzzFields(command.get(0), EnrichMain::new, command,
                EnrichFields.STAGES, dir));
    }

    @Test
    void aCombinationTheCoreRefusesIsAConfigurationErrorNamingTheKeys() {
        Run run = CommandChecks.run(EnrichMain::new, Map.of(), List.of("dedup", "--set", "dedup.lsh.bands=40"));
        CommandChecks.assertUsageError(run, "dedup.lsh.bands");
        Run unknownRule = CommandChecks.run(EnrichMain::new, Map.of(),
                List.of("clean", "--set", "cleanup.rules.disabled=words.dubled"));
        CommandChecks.assertUsageError(unknownRule, "words.dubled");
        Run missingKb = CommandChecks.run(EnrichMain::new, Map.of(), List.of("tag", "--kb", dir.resolve("no.jsonl")
                .toString()));
        CommandChecks.assertUsageError(missingKb, "tagging.kb.file");
    }

    @Test
    void offlineCommandsReadTheFileTheEnvironmentAndOptionsLikeTheStream() throws Exception {
        Path file = dir.resolve("enrich.properties");
        Files.writeString(file, "dedup.retention=604800000\ncleanup.body.max.chars=5000\nkafka.acks=all\n"
                + "sink.http.port=9000\n");
        Run run = CommandChecks.run(EnrichMain::new, Map.of("WIRESTREAM_DEDUP_LSH_BANDS", "10"),
                List.of("dedup", "--config", file.toString(), "--set", "dedup.near.threshold=0.6", "--print-config"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("dedup.retention=PT168H", "cleanup.body.max.chars=5000", "dedup.lsh.bands=10",
                "dedup.near.threshold=0.6");
    }

    @Test
    void formerKeysStillWorkWithOneWarningLine() throws Exception {
        Path file = dir.resolve("old.properties");
        Files.writeString(file, "dedup.max-text-chars=1000\ncleanup.body.maxChars=3000\n");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Run run;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CommandChecks.run(EnrichMain::new, Map.of(), List.of("dedup", "--config", file.toString(),
                    "--print-config"));
        } finally {
            System.setErr(original);
        }
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("dedup.max.text.chars=1000", "cleanup.body.max.chars=3000");
        assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("dedup.max-text-chars", "deprecated",
                        "use dedup.max.text.chars"))
                .anySatisfy(line -> assertThat(line).contains("cleanup.body.maxChars", "use cleanup.body.max.chars"));
    }

    @Test
    void versionComesFromTheBuild() {
        Run run = CommandChecks.run(EnrichMain::new, Map.of(), List.of("--version"));
        assertThat(run.out().strip()).isEqualTo("wirestream enrich " + io.wirestream.cli.WirestreamVersion.get());
        assertThat(io.wirestream.cli.WirestreamVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    /**
     * Streams warns "Processing exception handler is not enabled for the GlobalThread" for every StreamsConfig made
     * from settings without the opt-in; the partition assignor makes one from the main consumer's settings.
     */
    @Test
    void theMainConsumersSettingsCarryTheGlobalHandlerOptInSoStreamsDoesNotWarn() {
        ServiceConfig config = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults().build();
        Properties properties = EnrichService.streamsProperties(config);
        StreamsConfig streams = new StreamsConfig(properties);
        Map<String, Object> consumer = streams.getMainConsumerConfigs("group", "client", 0);
        @SuppressWarnings("deprecation")
        String key = StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG;
        assertThat(new StreamsConfig(consumer).getBoolean(key)).isTrue();
    }

    /**
     * A task retrying one record through an outage says nothing for up to task.timeout.ms; the judging task must not
     * take its partition for gone before that (docs/reliability.md: a chaos run lost redeliveries at 60 s).
     */
    @Test
    void byDefaultAPartitionIsTakenForGoneOnlyAfterStreamsOwnTaskTimeout() {
        ServiceConfig plain = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults().build();
        long taskTimeout = new StreamsConfig(EnrichService.streamsProperties(plain))
                .getLong(StreamsConfig.TASK_TIMEOUT_MS_CONFIG);
        assertThat(plain.get(EnrichFields.LANE_SILENCE).toMillis()).isGreaterThan(taskTimeout);
    }

    @Test
    void producerBatchesAre256KiBUnlessTheUserSetsBatchSize() {
        String prefixed = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);
        ServiceConfig plain = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults().build();
        assertThat(new StreamsConfig(EnrichService.streamsProperties(plain)).getProducerConfigs("c"))
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        ServiceConfig own = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set("kafka.batch.size", "65536").build();
        Properties properties = EnrichService.streamsProperties(own);
        assertThat(properties).doesNotContainKey(prefixed); // a prefixed key would win over the user's
        assertThat(new StreamsConfig(properties).getProducerConfigs("c"))
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
    }

    @Test
    void docsListEveryEnrichSetting() throws Exception {
        ConfigDocs.assertSectionInSync("enrich", EnrichFields.SERVICE);
        ConfigDocs.assertSectionInSync("cleanup", CleanupFields.ALL);
        ConfigDocs.assertSectionInSync("dedup", DedupFields.ALL);
        ConfigDocs.assertSectionInSync("tagging", TaggingFields.ALL);
    }
}
