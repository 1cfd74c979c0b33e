package io.wirestream.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry in memory for unit tests ({@code mock://scope} URLs), with the same BACKWARD compatibility rule
 * as the real registries are configured with: a new version must be able to read data written by the latest.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    // Content ids, as Apicurio issues them: start away from 1 so no test can assume consecutive small ids.
    private int nextId = 101;
    private volatile boolean unreachable;

    /**
     * While on, every call fails as a real client's does when the registry cannot be reached (status 0), so tests
     * can show that an outage is waited out, not blamed on the record being read.
     */
    public void setUnreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    private void checkReachable() {
        if (unreachable) {
            throw new SchemaRegistryException("schema registry (in memory) is unreachable: simulated outage", 0, -1,
                    new java.net.ConnectException("Connection refused"));
        }
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        checkReachable();
        List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        Integer existing = idsBySchema.get(schema);
        if (existing != null && versions.contains(existing)) {
            return existing;
        }
        if (!isCompatible(subject, schema)) {
            throw new SchemaRegistryException("schema is incompatible with the latest version of subject '" + subject
                    + "' (BACKWARD): " + incompatibility(subject, schema), 409, 409, null);
        }
        int id = existing != null ? existing : nextId++;
        schemasById.put(id, schema);
        idsBySchema.put(schema, id);
        versions.add(id);
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        checkReachable();
        Integer id = idsBySchema.get(schema);
        if (id == null || !versionsBySubject.getOrDefault(subject, List.of()).contains(id)) {
            throw new SchemaRegistryException("schema not found under subject '" + subject + "'", 404, 40403, null);
        }
        return id;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        checkReachable();
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("schema id " + id + " not found", 404, 40403, null);
        }
        return schema;
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        checkReachable();
        return incompatibility(subject, schema) == null;
    }

    private String incompatibility(String subject, Schema schema) {
        List<Integer> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (versions.isEmpty()) {
            return null;
        }
        Schema latest = schemasById.get(versions.get(versions.size() - 1));
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(schema, latest);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return null;
        }
        return result.getResult().getIncompatibilities().toString();
    }
}
