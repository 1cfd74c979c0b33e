package io.wirestream.dedup.state;

/**
 * The value of the fingerprint store: which article first carried a content fingerprint, and when.
 *
 * @param ref       {@link ArticleRef} of that article
 * @param eventTime its event time, so a lazily evicted entry can be recognised as expired on read
 */
public record OriginalEntry(long ref, long eventTime) {
}
