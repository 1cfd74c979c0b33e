package io.wirestream.registry;

import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API that the serde needs. Implementations cache: a schema id
 * never changes meaning, so lookups by id are served from memory after the first call.
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} if it is already registered under {@code subject}. */
    int idOf(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);

    /** Whether {@code schema} is compatible with the latest version under {@code subject} (true when none yet). */
    boolean isCompatible(String subject, Schema schema);
}
