package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.local.kafka.KafkaBrokerConfig;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.PortInUseException;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.StartupFailedException;
import io.wirestream.local.registry.RegistryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    private static final String HOST = "127.0.0.1";

    @TempDir
    Path dataDir;

    @Test
    void startsBothAnswersOnBothAndFreesEveryPortOnClose() throws Exception {
        long brokerPid;
        long registryPid;
        int[] ports;
        try (LocalStack stack = LocalStack.startOnFreePorts(dataDir)) {
            ports = new int[] {stack.broker().config().brokerPort(), stack.broker().config().controllerPort(),
                    stack.registry().config().httpPort(), stack.registry().config().managementPort()};
            brokerPid = stack.broker().pid();
            registryPid = stack.registry().pid();

            assertThat(stack.bootstrapServers()).isEqualTo(HOST + ":" + ports[0]);
            assertThat(stack.registryUrl()).isEqualTo("http://" + HOST + ":" + ports[2] + "/apis/ccompat/v7");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.registryUrl() + "/subjects")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(dataDir.resolve("broker").resolve("broker.log")).exists();
            assertThat(dataDir.resolve("registry").resolve("registry.log")).exists();
            // loopback only: through any other address of this machine, no port of the stack answers
            for (InetAddress address : nonLoopbackAddresses()) {
                for (int port : ports) {
                    assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, port), 2_000);
                        }
                    }).as("port %d on %s", port, address).isInstanceOf(IOException.class);
                }
            }
        }

        for (int port : ports) {
            assertThat(Ports.isFree(HOST, port)).as("port %d free after close", port).isTrue();
        }
        assertThat(ProcessHandle.of(brokerPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessHandle.of(registryPid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void aBusyPortStopsTheStartBeforeAnyProcessIsLaunched() throws Exception {
        int[] p = Ports.pickFree(HOST, 3);
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            int busy = squatter.getLocalPort();
            KafkaBrokerConfig broker = KafkaBrokerConfig.defaults(dataDir.resolve("broker")).withPorts(p[0], p[1]);
            RegistryConfig registry = RegistryConfig.defaults(dataDir.resolve("registry")).withPorts(busy, p[2]);

            assertThatThrownBy(() -> LocalStack.start(broker, registry))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + busy);
            assertThat(broker.logFile()).doesNotExist();
        }
    }

    @Test
    void whenTheRegistryDiesDuringStartTheBrokerIsStoppedAgain() {
        int[] p = Ports.pickFree(HOST, 4);
        KafkaBrokerConfig broker = KafkaBrokerConfig.defaults(dataDir.resolve("broker")).withPorts(p[0], p[1]);
        // far too small a heap: the registry JVM exits right after launch, past every preflight check
        RegistryConfig registry = RegistryConfig.defaults(dataDir.resolve("registry")).withPorts(p[2], p[3])
                .withHeap(Heap.of("2m"));

        assertThatThrownBy(() -> LocalStack.start(broker, registry))
                .isInstanceOf(StartupFailedException.class)
                .hasMessageContaining("Apicurio Registry at")
                .hasMessageContaining("exited with code")
                .hasMessageContaining(registry.logFile().toString());
        assertThat(broker.logFile()).exists();
        for (int port : p) {
            assertThat(Ports.isFree(HOST, port)).as("port %d", port).isTrue();
        }
    }

    @Test
    void aPortConfiguredTwiceIsRejectedUpFront() {
        KafkaBrokerConfig broker = KafkaBrokerConfig.defaults(dataDir.resolve("broker")).withPorts(19_092, 19_093);
        RegistryConfig registry = RegistryConfig.defaults(dataDir.resolve("registry")).withPorts(19_092, 19_081);

        assertThatThrownBy(() -> LocalStack.start(broker, registry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("19092 is configured twice");
    }

    /** This machine's addresses other than loopback (none on a machine without a network: then nothing to try). */
    static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isUp() && !n.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLinkLocalAddress()).toList();
    }
}
