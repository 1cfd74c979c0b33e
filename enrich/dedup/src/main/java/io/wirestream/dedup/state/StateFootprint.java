package io.wirestream.dedup.state;

/**
 * Bytes one retained article occupies in the dedup stores, counted from the serialised keys and values of
 * {@link StateCodec} (store-engine overhead such as RocksDB's per-entry metadata is not included).
 * A band key is counted once per article, i.e. as if every bucket held one ref, the worst case.
 *
 * @param article  articles store: key + record
 * @param original originals store: fingerprint key + entry (0 for a text without words; counted whenever the
 *                 record carries a fingerprint, the worst case: an exact copy registers none)
 * @param bands    band store: one (key + ref) per band the article is filed under
 * @param expiry   expiry index: one key
 */
public record StateFootprint(int article, int original, int bands, int expiry) {

    public static StateFootprint of(ArticleRecord record, int bandsFiled) {
        int article = 8 + StateCodec.article(record).length;
        int original = record.fingerprint() == null ? 0 : 16 + 16;
        int bands = bandsFiled * (4 + 8);
        return new StateFootprint(article, original, bands, 16);
    }

    public int total() {
        return article + original + bands + expiry;
    }
}
