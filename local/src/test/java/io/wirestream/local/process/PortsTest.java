package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {

    private static final String HOST = "127.0.0.1";

    @Test
    void aListeningPortIsReportedBusyWithPortRoleAndRemedyInTheMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(HOST, port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(HOST, port, "Kafka broker listener", "use --broker-port"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("Kafka broker listener")
                    .hasMessageContaining("use --broker-port")
                    .satisfies(e -> assertThat(((PortInUseException) e).port()).isEqualTo(port));
        }
    }

    @Test
    void aWildcardListenerAlsoMakesTheLoopbackPortBusy() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertThat(Ports.isFree(HOST, taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void aClosedPortIsFreeAgain() throws Exception {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            port = taken.getLocalPort();
        }
        assertThat(Ports.isFree(HOST, port)).isTrue();
        Ports.requireFree(HOST, port, "test", "n/a");
    }

    @Test
    void pickedPortsAreDistinctAndFree() {
        int[] ports = Ports.pickFree(HOST, 6);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(6);
        assertThat(Arrays.stream(ports).allMatch(p -> Ports.isFree(HOST, p))).isTrue();
    }

    @Test
    void outOfRangePortsAreRejectedNamingTheSetting() {
        for (int bad : new int[] {0, -1, 65_536, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Ports.requireValid(bad, "broker port"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("broker port")
                    .hasMessageContaining(Integer.toString(bad));
        }
        assertThat(Ports.requireValid(65_535, "x")).isEqualTo(65_535);
        assertThatThrownBy(() -> Ports.pickFree(HOST, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
