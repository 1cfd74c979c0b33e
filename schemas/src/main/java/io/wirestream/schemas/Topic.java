package io.wirestream.schemas;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;

/** A topic bound to its key and value serdes, its partition count and its configs: one entry of the contract. */
public record Topic<K, V>(String name, int partitions, short replicationFactor, Map<String, String> configs,
                          Serde<K> keySerde, Serde<V> valueSerde) {

    public NewTopic newTopic() {
        return new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor)).configs(configs);
    }

    @Override
    public String toString() {
        return name;
    }
}
