package io.wirestream.cli;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import picocli.CommandLine.Option;

/** Where Kafka and the registry are: the options every command that talks to a cluster takes. */
public final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "overrides kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "overrides schema.registry.url")
    String registryUrl;

    /** Applies the options given (as overrides, after the file and the environment). */
    public ServiceConfig.Builder applyTo(ServiceConfig.Builder builder) {
        return builder.set(CommonFields.BOOTSTRAP_SERVERS.name(), bootstrapServers, "option --bootstrap-servers")
                .set(CommonFields.SCHEMA_REGISTRY_URL.name(), registryUrl, "option --registry-url");
    }
}
