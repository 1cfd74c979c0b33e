package io.wirestream.local.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the shared embedded broker when the JUnit launcher session ends (registered in
 * {@code META-INF/services}), so it shuts down in an orderly way before the test JVM exits.
 */
public final class EmbeddedKafkaSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        EmbeddedKafka.stop();
    }
}
