package io.wirestream.cleanup;

import java.util.List;

/** A named rule as users see it: its id (used to disable it), what it does, examples, and whether it is on. */
public record RuleInfo(String id, String description, List<String> examples, boolean enabled) {
    public RuleInfo {
        examples = List.copyOf(examples);
    }
}
