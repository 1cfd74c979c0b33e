package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichService;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.serde.GenericAvroSerializer;
import io.wirestream.serde.SchemaVersions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema registry goes away while articles written with a schema enrich has never seen keep arriving (a
 * producer upgraded to a v2 {@code RawArticle} with an added optional field). The registry is the real Apicurio
 * process behind a proxy that is cut, so enrich sees refused connections, as in a real outage. Nothing may be
 * dead-lettered for it, and every article must be enriched once the registry is back.
 */
class RegistryOutageIT {

    private static final Duration BOUND = Duration.ofSeconds(180);
    /** How long the registry stays away: past the in-place wait (5 s) and two thread restarts. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("wirestream.it.outage.seconds", 15));
    private static final Instant T0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void articlesWithANewSchemaDuringAnOutageAreEnrichedAfterItNoneDeadLettered(@TempDir Path work) throws Exception {
        String run = "reg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (ApicurioRegistryProcess registry = TestRegistry.start(work.resolve("registry"));
             CuttableProxy proxy = new CuttableProxy(URI.create(registry.registryUrl()).getPort())) {
            URI direct = URI.create(registry.registryUrl());
            String throughProxy = direct.getScheme() + "://127.0.0.1:" + proxy.port() + direct.getRawPath();
            ServiceConfig producerSide = config(work, run, registry.registryUrl());
            Topics topics = Topics.from(producerSide);
            try (Admin admin = Admin.create(producerSide.kafkaProperties())) {
                TopicCreator.ensure(admin, topics.all());
            }
            String rawTopic = topics.raw().name();
            // a later producer's RawArticle: one more optional field
            GenericAvroSerializer v2 = new GenericAvroSerializer(
                    SchemaVersions.withOptionalField(RawArticle.getClassSchema(), "section"),
                    new RestSchemaRegistryClient(registry.registryUrl()));

            try (EnrichService enrich = new EnrichService(config(work, run, throughProxy));
                 KafkaProducer<byte[], byte[]> producer = producer(producerSide)) {
                enrich.start();
                for (int i = 0; i < 3; i++) {
                    RawArticle a = article(run + "-v1-" + i, i);
                    producer.send(new ProducerRecord<>(rawTopic, key(a), topics.raw().valueSerde().serializer()
                            .serialize(rawTopic, a))).get();
                }
                await("the v1 articles enriched", () -> enrichedIds(producerSide, topics, run).size() == 3, enrich);

                proxy.cut();
                for (int i = 0; i < 5; i++) {
                    RawArticle a = article(run + "-v2-" + i, 10 + i);
                    producer.send(new ProducerRecord<>(rawTopic, key(a), v2.serialize(rawTopic,
                            SchemaVersions.asV2(a, v2.schema(), "section", "world")))).get();
                }
                Thread.sleep(OUTAGE.toMillis());
                assertThat(deadLetters(producerSide, topics, run)).as("dead letters during the outage").isZero();
                assertThat(enrichedIds(producerSide, topics, run)).hasSize(3);

                proxy.restore();
                await("every article enriched after the outage",
                        () -> enrichedIds(producerSide, topics, run).size() == 8, enrich);
                assertThat(enrichedIds(producerSide, topics, run)).doesNotHaveDuplicates();
                assertThat(deadLetters(producerSide, topics, run)).isZero();
            }
        }
    }

    private static ServiceConfig config(Path work, String run, String registryUrl) {
        return ServiceConfig.builder("outage-it").fields(EnrichFields.ALL)
                .set("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers())
                .set("schema.registry.url", registryUrl)
                .set("kafka.application.id", "wirestream-enrich-" + run)
                .set("kafka.state.dir", work.resolve("streams").toString())
                .set(CommonFields.TOPIC_PREFIX.name(), run + ".")
                .set(CommonFields.TOPIC_PARTITIONS.name(), "2")
                .build();
    }

    private static RawArticle article(String id, int n) {
        String body = "Report " + n + ": the river authority of Kestvale said on Monday that flood barriers number "
                + (n * 7 + 3) + " and " + (n * 11 + 5) + " would be raised before the spring tide, and that "
                + (n + 2) + " pumping stations on the lower estuary had been serviced after complaints from farmers "
                + "about waterlogged fields in the district of Orm " + n + ".";
        Instant published = T0.plusSeconds(n * 60L);
        return RawArticle.newBuilder().setId(id).setSource("Kestvale Courier").setTitle("Barriers " + n)
                .setBody(body).setPublishedAt(published).setIngestedAt(Instant.now()).build();
    }

    private static byte[] key(RawArticle a) {
        return a.getId().getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<byte[], byte[]> producer(ServiceConfig config) {
        Properties properties = config.kafkaProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<String> enrichedIds(ServiceConfig config, Topics topics, String run) {
        String topic = topics.enriched().name();
        return TopicContents.readAll(config.kafkaProperties(), topic).stream()
                .map(r -> topics.enriched().valueSerde().deserializer().deserialize(topic, r.value()))
                .map(EnrichedArticle::getId).filter(id -> id.startsWith(run)).toList();
    }

    private static int deadLetters(ServiceConfig config, Topics topics, String run) {
        return TopicContents.readAll(config.kafkaProperties(), topics.deadLetters().name()).size();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition, EnrichService enrich)
            throws InterruptedException {
        TopicContents.awaitUntil(what, BOUND, condition, () -> "enrich " + enrich.state()
                + (enrich.state() == KafkaStreams.State.RUNNING ? "" : " (not running)"));
    }
}
