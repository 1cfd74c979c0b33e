package io.wirestream.local.it;

import io.wirestream.local.process.Ports;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.local.registry.RegistryConfig;
import java.nio.file.Path;

/** The Apicurio Registry process for an integration test: data under {@code dir}, on two free ports. */
final class TestRegistry {

    private TestRegistry() {
    }

    static ApicurioRegistryProcess start(Path dir) {
        int[] ports = Ports.pickFree("127.0.0.1", 2);
        return new ApicurioRegistryProcess(RegistryConfig.defaults(dir).withPorts(ports[0], ports[1])).start();
    }
}
