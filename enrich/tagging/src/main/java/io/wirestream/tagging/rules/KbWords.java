package io.wirestream.tagging.rules;

/** What the name rules ask the knowledge base: is this word (its {@code Token.key()}), on its own, a known place? */
@FunctionalInterface
public interface KbWords {
    boolean isPlace(String key);
}
