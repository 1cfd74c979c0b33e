package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class OrderedTopicsTest {

    @Test
    void aHeartbeatGoesToEveryPartition() {
        assertThat(new OrderedTopics<>(new StringSerializer()).partitions("t", "", DedupMessage.HEARTBEAT_BYTES, 4))
                .hasValueSatisfying(partitions -> assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2, 3));
    }

    @Test
    void anyOtherRecordGoesWhereTheProducersOwnPartitionerWouldSendItsKey() {
        // the ordered topics must partition like the producer's default: the verify stage relies on records
        // keyed by ref meeting on one partition whichever topic carried them
        OrderedTopics<Long> partitioner = new OrderedTopics<>(new LongSerializer());
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            long ref = random.nextLong();
            int partitions = 1 + random.nextInt(12);
            byte[] key = new LongSerializer().serialize("t", ref);
            assertThat(partitioner.partitions("t", ref, new byte[] {1, 2}, partitions))
                    .hasValueSatisfying(p -> assertThat(p).containsExactly(
                            BuiltInPartitioner.partitionForKey(key, partitions)));
        }
    }

    @Test
    void orderTimesGrowOnAPartitionAndNeverTieAcrossPartitions() {
        long t = 1_741_600_000_000L;
        // the event time when it is ahead, moved up to the partition's residue
        assertThat(DedupRouteProcessor.orderTime(t, null, 2, 4) % 4).isEqualTo(2);
        assertThat(DedupRouteProcessor.orderTime(t, null, 2, 4)).isBetween(t, t + 3);
        // a late or equal event time is judged just after the previous article of the partition
        long first = DedupRouteProcessor.orderTime(t, null, 1, 4);
        long late = DedupRouteProcessor.orderTime(t - 60_000, first, 1, 4);
        long same = DedupRouteProcessor.orderTime(t, late, 1, 4);
        assertThat(late).isGreaterThan(first).isLessThanOrEqualTo(first + 4);
        assertThat(same).isGreaterThan(late);
        assertThat(java.util.List.of(first, late, same)).allSatisfy(o -> assertThat(o % 4).isEqualTo(1));
        // one partition: the event time itself while it grows
        assertThat(DedupRouteProcessor.orderTime(t, t - 5, 0, 1)).isEqualTo(t);
    }
}
