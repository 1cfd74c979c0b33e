package io.wirestream.dedup;

/** Why an article was judged a duplicate. A unique article has no kind (null in {@link Verdict}). */
public enum DuplicateKind {
    /** The same article id arrived again (producer re-send, replayed ingest). */
    REDELIVERY,
    /** Another id, but the same normalised content fingerprint. */
    EXACT,
    /** The same story republished: retitled, trimmed, re-attributed or translated again. */
    NEAR
}
