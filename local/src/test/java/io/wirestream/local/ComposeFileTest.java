package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirestream.config.Field;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichMain;
import io.wirestream.ingest.IngestFields;
import io.wirestream.sink.SinkFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docker-compose.yml cannot run on our machines (no Docker engine), so this keeps it honest: every
 * {@code WIRESTREAM_*} variable it sets is a setting its service knows, every jar it runs is one the build
 * makes, and the broker and registry are configured as the services need.
 */
class ComposeFileTest {

    private static JsonNode services;
    private static Path root;

    @BeforeAll
    static void load() throws Exception {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
            assertThat(root).as("docker-compose.yml above the working directory").isNotNull();
        }
        services = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile())
                .get("services");
    }

    private static Set<String> envNames(List<Field<?>> fields) {
        return fields.stream().map(Field::envName).collect(Collectors.toSet());
    }

    private static List<String> unknownVariables(String service, List<Field<?>> fields) {
        Set<String> known = envNames(fields);
        List<String> unknown = new ArrayList<>();
        services.get(service).get("environment").fieldNames().forEachRemaining(name -> {
            boolean kafkaPassThrough = name.startsWith("WIRESTREAM_KAFKA_");
            if (name.startsWith("WIRESTREAM_") && !kafkaPassThrough && !known.contains(name)) {
                unknown.add(name);
            }
        });
        return unknown;
    }

    @Test
    void everyServiceVariableIsASettingOfThatService() {
        assertThat(unknownVariables("ingest", IngestFields.ALL)).isEmpty();
        assertThat(unknownVariables("enrich", EnrichFields.ALL)).isEmpty();
        assertThat(unknownVariables("sink", SinkFields.ALL)).isEmpty();
    }

    @Test
    void everyServiceRunsAJarTheBuildMakes() {
        for (String service : List.of("ingest", "enrich", "sink")) {
            List<String> command = new ArrayList<>();
            services.get(service).get("command").forEach(part -> command.add(part.asText()));
            String jar = command.get(command.indexOf("-jar") + 1);
            assertThat(root.resolve(jar)).as(service + " jar").isRegularFile();
        }
    }

    @Test
    void enrichRunsTheStreamCommand() {
        List<String> command = new ArrayList<>();
        services.get("enrich").get("command").forEach(part -> command.add(part.asText()));
        String subcommand = command.get(command.size() - 1);
        Map<String, CommandLine> known = new CommandLine(new EnrichMain()).getSubcommands();
        assertThat(known).containsKey(subcommand);
        assertThat(subcommand).isEqualTo("stream");
    }

    @Test
    void theSingleBrokerCanRunExactlyOnceAndTheRegistryIsBackward() {
        JsonNode kafka = services.get("kafka").get("environment");
        assertThat(kafka.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt()).isEqualTo(1);
        assertThat(kafka.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt()).isEqualTo(1);
        assertThat(kafka.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asInt()).isEqualTo(1);
        assertThat(services.get("schema-registry").get("environment").get("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL")
                .asText()).isEqualToIgnoringCase("backward");
    }
}
