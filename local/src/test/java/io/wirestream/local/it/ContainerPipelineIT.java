package io.wirestream.local.it;

import java.nio.file.Path;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same pipeline contract on Testcontainers' Kafka and PostgreSQL images, where a Docker engine exists; the
 * registry is still the Apicurio process. Skipped, visibly, on machines without Docker (ours).
 */
@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerPipelineIT extends PipelineContract {

    private KafkaContainer kafka;
    private PostgreSQLContainer postgres;

    @Override
    protected void startInfrastructure(Path dir) {
        kafka = new KafkaContainer("apache/kafka:4.1.0");
        postgres = new PostgreSQLContainer("postgres:16-alpine");
        kafka.start();
        postgres.start();
    }

    @Override
    protected void stopInfrastructure() {
        if (postgres != null) {
            postgres.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Override
    protected String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    protected String jdbcUrl(String schema) {
        return schema == null ? postgres.getJdbcUrl() : postgres.getJdbcUrl() + "&currentSchema=" + schema;
    }

    @Override
    protected String jdbcUser() {
        return postgres.getUsername();
    }

    @Override
    protected String jdbcPassword() {
        return postgres.getPassword();
    }
}
