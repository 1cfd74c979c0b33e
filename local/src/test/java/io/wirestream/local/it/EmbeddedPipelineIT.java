package io.wirestream.local.it;

import java.nio.file.Path;
import org.junit.jupiter.api.TestInstance;

/**
 * The pipeline contract on our machines' real parts: a KRaft broker in this JVM, the Apicurio Registry process,
 * and the PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust auth).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedPipelineIT extends PipelineContract {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Override
    protected void startInfrastructure(Path dir) {
        // the broker is the shared in-JVM one (EmbeddedKafka), PostgreSQL the machine's
    }

    @Override
    protected void stopInfrastructure() {
        // the shared broker is stopped when the test run ends (EmbeddedKafkaSession)
    }

    @Override
    protected String bootstrapServers() {
        return EmbeddedKafka.bootstrapServers();
    }

    @Override
    protected String jdbcUrl(String schema) {
        return schema == null ? POSTGRES : POSTGRES + "?currentSchema=" + schema;
    }

    @Override
    protected String jdbcUser() {
        return "postgres";
    }

    @Override
    protected String jdbcPassword() {
        return "";
    }
}
