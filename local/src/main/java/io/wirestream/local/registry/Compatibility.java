package io.wirestream.local.registry;

/** Compatibility levels of the Confluent schema-registry API, as Apicurio's ccompat layer accepts them. */
public enum Compatibility {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE
}
