package io.wirestream.enrich;

import io.wirestream.config.ConfigException;
import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.kb.KbValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * The tagging stage's settings, read the same way by the enrich service and the offline commands: the user's
 * knowledge base, loaded on top of the bundled one once at start (a change is picked up on restart).
 */
public final class TaggingFields {

    public static final Field<String> KB_FILE = Field.string("tagging.kb.file", "",
            "a knowledge-base file of your own (JSON Lines, docs/tagging.md) loaded on top of the bundled one at start; "
                    + "its entries win; a malformed file stops the start with the file and line");
    public static final Field<Boolean> KB_VALIDATE = Field.bool("tagging.kb.validate", true,
            "check the knowledge base as a whole at start (no alias shared by two entities of one type without a "
                    + "context rule, every alias resolvable) and refuse to start if it fails");

    public static final List<Field<?>> ALL = List.of(KB_FILE, KB_VALIDATE);

    private TaggingFields() {
    }

    /** The bundled knowledge base plus the configured file, checked as configured. */
    public static KnowledgeBase knowledgeBase(String file, boolean validate) {
        KnowledgeBase kb = file.isBlank() ? KnowledgeBase.bundled() : KnowledgeBase.bundled().withFile(Path.of(file.strip()));
        if (validate && !file.isBlank()) {
            List<String> problems = KbValidator.problems(kb);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("knowledge base " + file + " (" + KB_FILE.name() + ") fails validation ("
                        + problems.size() + " problems; set " + KB_VALIDATE.name() + "=false to load it anyway): "
                        + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
            }
        }
        return kb;
    }

    /** The knowledge base as {@code config} sets it up; a file that cannot be loaded is a configuration error. */
    public static KnowledgeBase knowledgeBase(ServiceConfig config) {
        try {
            return knowledgeBase(config.get(KB_FILE), config.get(KB_VALIDATE));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            String message = String.valueOf(e.getMessage());
            throw new ConfigException(message.contains(KB_FILE.name()) ? message : KB_FILE.name() + ": " + message, e);
        }
    }
}
