package io.wirestream.local.dist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the build put the two things this runtime launches: the broker's classpath ({@code broker-lib/}) and
 * the unpacked Apicurio Registry ({@code apicurio-registry/}). Both sit in {@code local/target/} after
 * {@code mvn -f local/pom.xml process-resources} (or any later phase).
 *
 * <p>Lookup order: system property {@value #HOME_PROPERTY}, environment variable {@value #HOME_ENV}, then the
 * working directory and its parents, looking for {@code local/target} or {@code target} holding both. The walk
 * upwards lets a test in any module of the repository find them without configuration.
 */
public final class Distribution {

    public static final String HOME_PROPERTY = "wirestream.local.home";
    public static final String HOME_ENV = "WIRESTREAM_LOCAL_HOME";
    public static final String BROKER_LIB = "broker-lib";
    public static final String APICURIO = "apicurio-registry";

    private final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    public static Distribution at(Path home) {
        return new Distribution(home.toAbsolutePath().normalize());
    }

    /** Locates the distribution or throws saying where it looked and how to build it. */
    public static Distribution locate() {
        return find().orElseThrow(() -> new IllegalStateException(
                "Cannot find the local runtime's " + BROKER_LIB + "/ and " + APICURIO + "/. Build them with "
                        + "`mvn -f local/pom.xml package -DskipTests` from the repository root, or point -D"
                        + HOME_PROPERTY + " (or $" + HOME_ENV + ") at the folder holding both. Searched from "
                        + Path.of("").toAbsolutePath()));
    }

    static Optional<Distribution> find() {
        String explicit = System.getProperty(HOME_PROPERTY);
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv(HOME_ENV);
        }
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(at(Path.of(explicit)));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("local").resolve("target"), dir.resolve("target")}) {
                if (isComplete(candidate)) {
                    return Optional.of(at(candidate));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isComplete(Path dir) {
        return Files.isDirectory(dir.resolve(BROKER_LIB)) && Files.isRegularFile(dir.resolve(APICURIO).resolve("quarkus-run.jar"));
    }

    public Path home() {
        return home;
    }

    /** Folder of jars for {@code java -cp broker-lib/*}. */
    public Path brokerLib() {
        return home.resolve(BROKER_LIB);
    }

    /** Folder holding Apicurio's {@code quarkus-run.jar}. */
    public Path apicurioHome() {
        return home.resolve(APICURIO);
    }
}
