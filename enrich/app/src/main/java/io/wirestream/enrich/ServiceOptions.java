package io.wirestream.enrich;

import io.wirestream.config.ServiceConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every Kafka Streams command of the enrich jar takes, and the configuration they build. */
public final class ServiceOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "properties file (see README: Configuration)")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "overrides kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "overrides schema.registry.url")
    String registryUrl;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "overrides kafka.state.dir (local state stores)")
    String stateDir;

    /** Bundled defaults, then the file, then the environment, then these options. */
    public ServiceConfig config() {
        return ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .file(configFile).environment(System.getenv())
                .set("kafka.bootstrap.servers", bootstrapServers).set("schema.registry.url", registryUrl)
                .set("kafka.state.dir", stateDir)
                .build();
    }
}
