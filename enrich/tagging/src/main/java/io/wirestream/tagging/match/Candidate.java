package io.wirestream.tagging.match;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.kb.KbEntry;

/**
 * A span of tokens that names something, before in-document merging. {@code key} groups candidates that
 * are the same entity on their face (same KB id, same date value, same folded name).
 */
public final class Candidate {
    public final int firstToken;
    public final int lastToken;
    public final int start;
    public final int end;
    public final EntityType type;
    /** The knowledge-base entry, or null for rule finds. */
    public final KbEntry kb;
    /** DATE only: ISO value. */
    public final String value;
    public final String method;
    public final double confidence;
    public final String key;

    public Candidate(int firstToken, int lastToken, int start, int end, EntityType type, KbEntry kb, String value,
                     String method, double confidence, String key) {
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.start = start;
        this.end = end;
        this.type = type;
        this.kb = kb;
        this.value = value;
        this.method = method;
        this.confidence = confidence;
        this.key = key;
    }

    public int tokenCount() {
        return lastToken - firstToken + 1;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")" + key;
    }
}
