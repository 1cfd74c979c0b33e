package io.wirestream.local;

import io.wirestream.local.kafka.KafkaBrokerConfig;
import io.wirestream.local.kafka.KafkaBrokerProcess;
import java.nio.file.Path;

/**
 * Helper JVM for {@link ShutdownHookTest}: starts a broker, prints its pid, then waits to be signalled, as a
 * launcher would while the user watches. Not a test itself.
 */
public final class BrokerThenWait {

    private BrokerThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        KafkaBrokerConfig config = KafkaBrokerConfig.defaults(Path.of(args[0]))
                .withPorts(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        KafkaBrokerProcess broker = new KafkaBrokerProcess(config).start();
        System.out.println("READY " + broker.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
