package io.wirestream.cleanup;

/**
 * One rewrite of the original body: {@code [start, end)} of the original becomes {@code after}.
 * When two rules touched the same span their ids are joined with '+', in the order they ran.
 */
public record Edit(String rule, int start, int end, String before, String after) {}
