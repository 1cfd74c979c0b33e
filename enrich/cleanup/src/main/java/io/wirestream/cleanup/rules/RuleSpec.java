package io.wirestream.cleanup.rules;

import java.util.List;

/** The published face of one named rule: the id users disable it by, a one-line description, examples. */
public record RuleSpec(String id, String description, List<String> examples, Scope scope) {
    public RuleSpec {
        examples = List.copyOf(examples);
    }

    public static RuleSpec of(String id, Scope scope, String description, String... examples) {
        return new RuleSpec(id, description, List.of(examples), scope);
    }
}
