package io.wirestream.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.local.process.PidFile;
import io.wirestream.local.process.PortInUseException;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.StartupFailedException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real broker JVM from target/broker-lib; kafka_2.13 is not on this test's classpath (see the pom). */
class KafkaBrokerProcessTest {

    private static final String HOST = "127.0.0.1";

    @TempDir
    Path dataDir;

    private KafkaBrokerConfig freePortConfig() {
        int[] ports = Ports.pickFree(HOST, 2);
        return KafkaBrokerConfig.defaults(dataDir).withPorts(ports[0], ports[1]);
    }

    @Test
    void brokerTakesARecordRoundTripThenStopsFreeingItsPorts() throws Exception {
        KafkaBrokerConfig config = freePortConfig();
        String topic = "local-test";

        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(config).start()) {
            assertThat(broker.isRunning()).isTrue();
            assertThat(broker.bootstrapServers()).isEqualTo(HOST + ":" + config.brokerPort());
            createTopic(broker.bootstrapServers(), topic);

            RecordMetadata sent = produce(broker.bootstrapServers(), topic, "article-1", "hello wire");
            List<ConsumerRecord<String, String>> got = consume(broker.bootstrapServers(), topic, 1);

            assertThat(sent.offset()).isZero();
            assertThat(got).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("article-1");
                assertThat(r.value()).isEqualTo("hello wire");
            });
            assertThat(Files.readString(config.logFile())).contains("Kafka Server started");
        }

        assertThat(Ports.isFree(HOST, config.brokerPort())).isTrue();
        assertThat(Ports.isFree(HOST, config.controllerPort())).isTrue();
    }

    @Test
    void restartOnTheSameDataDirKeepsTopicsAndRecords() throws Exception {
        KafkaBrokerConfig config = freePortConfig();
        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(config).start()) {
            createTopic(broker.bootstrapServers(), "kept");
            produce(broker.bootstrapServers(), "kept", "k", "v1");
        }

        try (KafkaBrokerProcess again = new KafkaBrokerProcess(config).start()) {
            assertThat(listTopics(again.bootstrapServers())).contains("kept");
            assertThat(consume(again.bootstrapServers(), "kept", 1)).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("v1"));
        }
    }

    @Test
    void aSecondBrokerStartsFromTheCachedFormatWithoutRunningTheStorageTool() throws Exception {
        int[] ports = Ports.pickFree(HOST, 2);
        Path cache = dataDir.resolve("formats");
        KafkaBrokerConfig first = KafkaBrokerConfig.defaults(dataDir.resolve("first")).withPorts(ports[0], ports[1])
                .withFormatCache(cache);
        KafkaBrokerConfig second = KafkaBrokerConfig.defaults(dataDir.resolve("second")).withPorts(ports[0], ports[1])
                .withFormatCache(cache);
        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(first).start()) {
            createTopic(broker.bootstrapServers(), "only-in-first");
        }
        assertThat(first.formatLogFile()).exists();

        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(second).start()) {
            assertThat(second.formatLogFile()).doesNotExist(); // copied, not formatted
            assertThat(listTopics(broker.bootstrapServers())).doesNotContain("only-in-first");
            createTopic(broker.bootstrapServers(), "local-test");
            produce(broker.bootstrapServers(), "local-test", "k", "v");
            assertThat(consume(broker.bootstrapServers(), "local-test", 1)).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("v"));
        }
    }

    @Test
    void aLeftoverFromAKilledLauncherOnTheSameDataDirIsStoppedBeforeStarting() throws Exception {
        KafkaBrokerConfig config = freePortConfig();
        Files.createDirectories(config.dataDir());
        // stands in for a broker orphaned by a SIGKILLed launcher: same owner marker, pid recorded in the data dir
        Process orphan = new ProcessBuilder("/bin/sh", "-c", "sleep 300 & wait", PidFile.ownerOption(config.dataDir())).start();
        PidFile.in(config.dataDir(), "broker").write(orphan.pid());
        List<ProcessHandle> orphanChildren = List.of();
        for (int i = 0; i < 100 && orphanChildren.isEmpty(); i++) {
            Thread.sleep(50);
            orphanChildren = orphan.descendants().toList();
        }

        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(config).start()) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(orphanChildren).isNotEmpty().noneMatch(ProcessHandle::isAlive);
            assertThat(broker.pid()).isNotEqualTo(orphan.pid());
        } finally {
            orphan.destroyForcibly();
            orphanChildren.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void busyBrokerPortIsReportedBeforeAnythingIsStarted() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            int busy = squatter.getLocalPort();
            KafkaBrokerConfig config = freePortConfig().withPorts(busy, Ports.pickFree(HOST))
                    .withHowToChangePort("use --broker-port");

            assertThatThrownBy(() -> new KafkaBrokerProcess(config).start())
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + busy)
                    .hasMessageContaining("Kafka broker listener")
                    .hasMessageContaining("use --broker-port");
            assertThat(config.logFile()).doesNotExist();
            assertThat(config.serverProperties()).doesNotExist();
        }
    }

    @Test
    void busyControllerPortIsReportedToo() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            int busy = squatter.getLocalPort();
            KafkaBrokerConfig config = freePortConfig().withPorts(Ports.pickFree(HOST), busy);

            assertThatThrownBy(() -> new KafkaBrokerProcess(config).start())
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + busy)
                    .hasMessageContaining("controller");
        }
    }

    @Test
    void brokenClasspathFailsWithTheToolsOwnErrorFromItsLog() throws Exception {
        Path fakeLib = Files.createDirectories(dataDir.resolve("fake-lib"));
        Files.createFile(fakeLib.resolve("kafka_2.13-0.0.0.jar"));
        KafkaBrokerConfig config = freePortConfig().withBrokerLib(fakeLib);

        assertThatThrownBy(() -> new KafkaBrokerProcess(config).start())
                .isInstanceOf(StartupFailedException.class)
                .hasMessageContaining("kafka-storage-format failed")
                .hasMessageContaining(KafkaBrokerProcess.STORAGE_TOOL);
    }

    @Test
    void missingBrokerLibSaysHowToBuildIt() {
        KafkaBrokerConfig config = freePortConfig().withBrokerLib(dataDir.resolve("nowhere"));

        assertThatThrownBy(() -> new KafkaBrokerProcess(config).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nowhere")
                .hasMessageContaining("mvn -f local/pom.xml package");
    }

    @Test
    void stopBeforeStartIsHarmless() {
        KafkaBrokerProcess broker = new KafkaBrokerProcess(freePortConfig());
        broker.stop();
        assertThat(broker.isRunning()).isFalse();
    }

    private static Properties admin(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    private static void createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(admin(bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static Set<String> listTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(admin(bootstrap))) {
            return admin.listTopics().names().get();
        }
    }

    private static RecordMetadata produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> p = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Polls until {@code count} records arrived; the bound keeps a broken broker from hanging the build. */
    private static List<ConsumerRecord<String, String>> consume(String bootstrap, String topic, int count) {
        Map<String, Object> p = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            java.util.ArrayList<ConsumerRecord<String, String>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 60 && got.size() < count; i++) {
                consumer.poll(Duration.ofSeconds(1)).forEach(got::add);
            }
            return got;
        }
    }
}
