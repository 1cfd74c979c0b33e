package io.wirestream.sink.consume;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import org.apache.avro.Schema;

/** An in-memory registry that can be made unreachable, as a real one is during an outage. */
final class SwitchableRegistry implements SchemaRegistryClient {

    private final InMemorySchemaRegistryClient real = new InMemorySchemaRegistryClient();
    volatile boolean down;

    private void check() {
        if (down) {
            throw new SchemaRegistryException("schema registry at http://registry is unreachable (test)", 0, -1, null);
        }
    }

    @Override
    public int register(String subject, Schema schema) {
        check();
        return real.register(subject, schema);
    }

    @Override
    public int idOf(String subject, Schema schema) {
        check();
        return real.idOf(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
        check();
        return real.schemaById(id);
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        check();
        return real.isCompatible(subject, schema);
    }
}
