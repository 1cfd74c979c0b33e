package io.wirestream.enrich;

import io.wirestream.cli.ClusterOptions;
import io.wirestream.cli.ConfigOptions;
import io.wirestream.config.ServiceConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every Kafka Streams command of the enrich jar takes, and the configuration they build. */
public final class ServiceOptions {

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "overrides kafka.state.dir (local state stores)")
    String stateDir;

    /** Bundled defaults, then the file, then the environment, then these options. */
    public ServiceConfig config() {
        return configOptions.config("enrich", EnrichFields.ALL,
                builder -> cluster.applyTo(builder).set("kafka.state.dir", stateDir, "option --state-dir"));
    }

    public ConfigOptions configOptions() {
        return configOptions;
    }
}
