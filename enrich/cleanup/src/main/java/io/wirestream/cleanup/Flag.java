package io.wirestream.cleanup;

/** A problem the cleaner found but did not rewrite; {@code text} is the flagged span of the original body. */
public record Flag(String rule, int start, int end, String text) {}
