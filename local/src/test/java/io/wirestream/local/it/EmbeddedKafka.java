package io.wirestream.local.it;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real KRaft broker (combined broker and controller) inside the test JVM, shared by every integration test
 * of this JVM and closed when the JVM ends. Internal topics get replication factor 1 and min ISR 1, as one node
 * needs; the metadata version is pinned to the latest production one (the test kit's default is unstable).
 *
 * <p>{@link EmbeddedKafkaSession} stops it when the test run ends, while the JVM is still whole: a broker
 * stopping inside a shutdown hook races the JVM's exit (seen here as a forked test JVM ending with an error
 * after every test had passed). The shutdown hook stays as the fallback for a run that is killed.
 */
public final class EmbeddedKafka {

    private static KafkaClusterTestKit cluster;

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (RuntimeException e) {
                    // the JVM is ending: nothing left to tell
                }
            }, "embedded-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    /** Stops the broker if this JVM started one; the next {@link #bootstrapServers()} would start another. */
    static synchronized void stop() {
        if (cluster == null) {
            return;
        }
        KafkaClusterTestKit running = cluster;
        cluster = null;
        try {
            running.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded KRaft broker: " + e, e);
        }
    }

    private static KafkaClusterTestKit start() {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            Map.of("offsets.topic.replication.factor", "1",
                    "offsets.topic.num.partitions", "4",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "transaction.state.log.num.partitions", "4",
                    "share.coordinator.state.topic.replication.factor", "1",
                    "share.coordinator.state.topic.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0",
                    "auto.create.topics.enable", "false").forEach(builder::setConfigProp);
            KafkaClusterTestKit kit = builder.build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded KRaft broker: " + e, e);
        }
    }
}
