package io.wirestream.local.it;

import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.local.registry.RegistryConfig;
import io.wirestream.local.process.Ports;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInstance;

/**
 * The pipeline contract on our machines' real parts: a KRaft broker in this JVM, the Apicurio Registry process,
 * and the PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust auth).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedPipelineIT extends PipelineContract {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private ApicurioRegistryProcess registry;

    @Override
    protected void startInfrastructure(Path dir) {
        int[] ports = Ports.pickFree("127.0.0.1", 2);
        registry = new ApicurioRegistryProcess(RegistryConfig.defaults(dir.resolve("registry"))
                .withPorts(ports[0], ports[1])).start();
    }

    @Override
    protected void stopInfrastructure() {
        if (registry != null) {
            registry.close();
        }
    }

    @Override
    protected String bootstrapServers() {
        return EmbeddedKafka.bootstrapServers();
    }

    @Override
    protected String registryUrl() {
        return registry.registryUrl();
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
