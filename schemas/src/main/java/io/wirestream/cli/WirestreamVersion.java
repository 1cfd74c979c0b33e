package io.wirestream.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The project's version, as Maven wrote it into {@code version.properties} at build (resource filtering): the
 * root POM is the one place it is written. Every command's {@code --version} prints it.
 */
public final class WirestreamVersion implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    /** The build's version, e.g. {@code 1.2.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /** The version without a {@code -SNAPSHOT} suffix, as records carry it ({@code 1.2.0}). */
    public static String release() {
        return VERSION.replace("-SNAPSHOT", "");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"wirestream ${COMMAND-FULL-NAME} " + VERSION};
    }

    private static String load() {
        try (InputStream in = WirestreamVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing: build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("version.properties was not filtered by Maven: " + version);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
