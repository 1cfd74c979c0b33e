package io.wirestream.dedup.state;

import io.wirestream.dedup.sketch.Hashing;

/**
 * The compact key of an article in the state stores: a 64-bit hash of its id. Band buckets list refs (8
 * bytes) instead of ids (often 20-60 bytes), which is most of what keeps the stores under 512 bytes per
 * article. At a million retained articles the chance of any two refs colliding is about 3e-8.
 */
public final class ArticleRef {

    private ArticleRef() {
    }

    /** Never 0, so 0 can mean "no article". */
    public static long of(String id) {
        long h = Hashing.hash64(id);
        return h == 0 ? 1 : h;
    }
}
