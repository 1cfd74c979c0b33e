package io.wirestream.sink.db;

/**
 * What one transaction wrote.
 *
 * @param olderVersionsSkipped article versions not written because the stored version is newer (a replay)
 */
public record WriteCounts(int articlesUpserted, int articlesDeleted, int duplicateLinksUpserted, int mentionsWritten,
                          int olderVersionsSkipped) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

    public WriteCounts(int articlesUpserted, int articlesDeleted, int duplicateLinksUpserted, int mentionsWritten) {
        this(articlesUpserted, articlesDeleted, duplicateLinksUpserted, mentionsWritten, 0);
    }

    public int rows() {
        return articlesUpserted + articlesDeleted + duplicateLinksUpserted;
    }

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(articlesUpserted + other.articlesUpserted, articlesDeleted + other.articlesDeleted,
                duplicateLinksUpserted + other.duplicateLinksUpserted, mentionsWritten + other.mentionsWritten,
                olderVersionsSkipped + other.olderVersionsSkipped);
    }
}
