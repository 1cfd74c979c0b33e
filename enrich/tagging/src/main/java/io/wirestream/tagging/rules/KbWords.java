package io.wirestream.tagging.rules;

/** What the name rules ask the knowledge base: is this folded word, on its own, a known place? */
@FunctionalInterface
public interface KbWords {
    boolean isPlace(String fold);
}
