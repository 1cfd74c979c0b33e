package io.wirestream.dedup.state;

import java.util.Objects;

import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;

/**
 * What the state keeps of one article, keyed by its {@link ArticleRef}.
 *
 * @param ref         {@link ArticleRef#of(String)} of the id
 * @param id          the article id (reported as {@code duplicateOf})
 * @param eventTime   the stream time it was judged at (its event time unless it arrived late), epoch ms; drives expiry
 * @param fingerprint its exact content fingerprint (null for a text without words): tells a re-send (the same)
 *                    from a revision (another); whether it is registered as the original of that content is
 *                    the originals map's say
 * @param rootRef     ref of the original it duplicates, or 0 when it is an original itself
 * @param sketch      its near-duplicate sketch when it is indexed in the bands, else null
 */
public record ArticleRecord(long ref, String id, long eventTime, Fingerprint fingerprint, long rootRef,
                            ArticleSketch sketch) {

    public ArticleRecord {
        Objects.requireNonNull(id, "id");
    }

    public boolean isOriginal() {
        return rootRef == 0;
    }

    /** The original this article stands for: its root, or itself. */
    public long originalRef() {
        return rootRef == 0 ? ref : rootRef;
    }
}
