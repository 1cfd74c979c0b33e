package io.wirestream.local;

import io.wirestream.local.dist.Distribution;
import io.wirestream.local.kafka.KafkaBrokerConfig;
import io.wirestream.local.kafka.KafkaBrokerProcess;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.ResidentMemory;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.local.registry.RegistryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Prints start-up time, idle resident memory and stop time of the broker and the registry, and the size of
 * what they run from. Not a test (no assertions, timing varies with load) and not JMH (it measures child
 * processes, not code in this JVM). Run: {@code mvn -q -f local/pom.xml test-compile exec:exec@figures}.
 */
public final class StartupFigures {

    private static final Duration SETTLE = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Distribution dist = Distribution.locate();
        System.out.printf("broker-lib: %.1f MiB in %d files%n", mib(size(dist.brokerLib())), count(dist.brokerLib()));
        System.out.printf("apicurio-registry (unpacked): %.1f MiB in %d files%n", mib(size(dist.apicurioHome())), count(dist.apicurioHome()));
        System.out.println("java: " + System.getProperty("java.home") + " (" + Runtime.version() + ")");
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("wirestream-figures");
            try {
                broker(run, dir.resolve("broker"));
                registry(run, dir.resolve("registry"));
                stack(run, dir.resolve("stack"));
            } finally {
                deleteTree(dir);
            }
        }
    }

    private static void broker(int run, Path dir) throws Exception {
        int[] p = Ports.pickFree("127.0.0.1", 2);
        long t0 = System.nanoTime();
        KafkaBrokerProcess broker = new KafkaBrokerProcess(KafkaBrokerConfig.defaults(dir).withPorts(p[0], p[1])).start();
        double start = seconds(t0);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic("figures", 1, (short) 1))).all().get();
            producer.send(new ProducerRecord<>("figures", "k", "v")).get();
        }
        Thread.sleep(SETTLE);
        long rss = ResidentMemory.bytes(broker.pid()).orElse(-1);
        loadBroker(broker.bootstrapServers());
        Thread.sleep(SETTLE);
        long loadedRss = ResidentMemory.bytes(broker.pid()).orElse(-1);
        long t1 = System.nanoTime();
        broker.stop();
        System.out.printf("run %d broker:   start %.2f s, idle RSS %.0f MiB, RSS after %d MiB written %.0f MiB, stop %.2f s%n",
                run, start, mib(rss), LOAD_RECORDS * LOAD_RECORD_BYTES >> 20, mib(loadedRss), seconds(t1));
    }

    private static final int LOAD_RECORDS = 50_000;
    private static final int LOAD_RECORD_BYTES = 4096;

    /** Article-sized records, so the RSS figure covers page cache use and request buffers, not just boot. */
    private static void loadBroker(String bootstrap) throws Exception {
        String value = "x".repeat(LOAD_RECORD_BYTES);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic("figures-load", 3, (short) 1))).all().get();
            for (int i = 0; i < LOAD_RECORDS; i++) {
                producer.send(new ProducerRecord<>("figures-load", Integer.toString(i), value));
            }
            producer.flush();
        }
    }

    private static void registry(int run, Path dir) throws Exception {
        int[] p = Ports.pickFree("127.0.0.1", 2);
        long t0 = System.nanoTime();
        ApicurioRegistryProcess registry = new ApicurioRegistryProcess(RegistryConfig.defaults(dir).withPorts(p[0], p[1])).start();
        double start = seconds(t0);
        String avsc = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"F\\\",\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"}]}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.registryUrl() + "/subjects/figures-value/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"" + avsc + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("register answered " + r.statusCode() + ": " + r.body());
        }
        Thread.sleep(SETTLE);
        long rss = ResidentMemory.bytes(registry.pid()).orElse(-1);
        long t1 = System.nanoTime();
        registry.stop();
        System.out.printf("run %d registry: start %.2f s, idle RSS %.0f MiB, stop %.2f s%n", run, start, mib(rss), seconds(t1));
    }

    private static void stack(int run, Path dir) throws Exception {
        long t0 = System.nanoTime();
        try (LocalStack stack = LocalStack.startOnFreePorts(dir)) {
            double start = seconds(t0);
            Thread.sleep(SETTLE);
            long rss = ResidentMemory.bytes(stack.broker().pid()).orElse(-1) + ResidentMemory.bytes(stack.registry().pid()).orElse(-1);
            System.out.printf("run %d both (LocalStack, parallel): start %.2f s, idle RSS together %.0f MiB%n", run, start, mib(rss));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
