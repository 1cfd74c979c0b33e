package io.wirestream.local.pipeline;

import io.wirestream.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The fault suite's account of every article: read from the topics (read_committed) and the sink's table once all
 * is quiet. It balances when every raw record has exactly one outcome, no id is enriched twice, the table holds
 * exactly the enriched ids (but those the sink dead-lettered, each with its reason), and every article put in has
 * an outcome: enriched, a duplicate notice, or a dead letter.
 */
record Ledger(long raw, List<String> enriched, List<String> duplicates, List<String> enrichDeadLetters,
              List<String> sinkDeadLetters, Set<String> rows) {

    static Ledger read(String bootstrapServers, String jdbcUrl, String user, String password) throws SQLException {
        Map<String, List<ConsumerRecord<byte[], byte[]>>> topics = new HashMap<>();
        for (String topic : List.of(Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.DEAD_LETTERS)) {
            topics.put(topic, readAll(bootstrapServers, topic));
        }
        List<String> enrichDead = new ArrayList<>();
        List<String> sinkDead = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : topics.get(Topics.DEAD_LETTERS)) {
            (r.headers().lastHeader(TopicCounter.SOURCE_TOPIC_HEADER) != null ? enrichDead : sinkDead).add(key(r));
        }
        Set<String> rows = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement();
             ResultSet ids = s.executeQuery("SELECT id FROM articles")) {
            while (ids.next()) {
                rows.add(ids.getString(1));
            }
        }
        return new Ledger(topics.get(Topics.RAW).size(), keys(topics.get(Topics.ENRICHED)),
                keys(topics.get(Topics.DUPLICATES)), enrichDead, sinkDead, rows);
    }

    /** What is wrong, one line each; empty when the ledger balances. */
    List<String> problems(Collection<String> putIn) {
        List<String> problems = new ArrayList<>();
        long outcomes = enriched.size() + duplicates.size() + enrichDeadLetters.size();
        if (outcomes != raw) {
            problems.add(String.format("%d raw records but %d outcomes (%d enriched + %d duplicate notices + %d dead "
                    + "letters)", raw, outcomes, enriched.size(), duplicates.size(), enrichDeadLetters.size()));
        }
        Set<String> distinct = new HashSet<>(enriched);
        if (distinct.size() != enriched.size()) {
            problems.add((enriched.size() - distinct.size()) + " ids enriched twice");
        }
        // an enriched article the sink could not store (its own fault, e.g. an id over the column) is dead-lettered
        // by the sink, with the reason: that is its outcome at the table
        Set<String> missingRows = new HashSet<>(distinct);
        missingRows.removeAll(rows);
        missingRows.removeAll(sinkDeadLetters);
        Set<String> extraRows = new HashSet<>(rows);
        extraRows.removeAll(distinct);
        if (!missingRows.isEmpty()) {
            problems.add(missingRows.size() + " enriched articles missing from the table, e.g. " + first(missingRows));
        }
        if (!extraRows.isEmpty()) {
            problems.add(extraRows.size() + " rows that were never enriched, e.g. " + first(extraRows));
        }
        Set<String> accounted = new HashSet<>(distinct);
        accounted.addAll(duplicates);
        accounted.addAll(enrichDeadLetters);
        List<String> lost = putIn.stream().filter(id -> !accounted.contains(id)).toList();
        if (!lost.isEmpty()) {
            problems.add(lost.size() + " articles put in with no outcome (lost), e.g. " + lost.get(0));
        }
        return problems;
    }

    String line() {
        return String.format("ledger: %d raw records = %d enriched + %d duplicate notices + %d dead letters; %d rows "
                + "+ %d dead-lettered by the sink", raw, enriched.size(), duplicates.size(), enrichDeadLetters.size(),
                rows.size(), sinkDeadLetters.size());
    }

    private static String first(Set<String> ids) {
        return ids.iterator().next();
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(Ledger::key).toList();
    }

    private static String key(ConsumerRecord<byte[], byte[]> r) {
        return r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    }

    /** The value of the first record of {@code topic} with one, or null. */
    static byte[] firstValue(String bootstrapServers, String topic) {
        try {
            return readAll(bootstrapServers, topic).stream().map(ConsumerRecord::value)
                    .filter(v -> v != null && v.length > 5).findFirst().orElse(null);
        } catch (org.apache.kafka.common.KafkaException e) {
            return null; // not there yet, or the broker is down just now: asked again later
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
        Properties kafka = new Properties();
        kafka.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        kafka.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-chaos-ledger");
        return TopicSnapshot.readAll(kafka, topic);
    }
}
