package io.wirestream.sink.db;

/** What one transaction wrote. */
public record WriteCounts(int articlesUpserted, int articlesDeleted, int duplicateLinksUpserted, int mentionsWritten) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

    public int rows() {
        return articlesUpserted + articlesDeleted + duplicateLinksUpserted;
    }

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(articlesUpserted + other.articlesUpserted, articlesDeleted + other.articlesDeleted,
                duplicateLinksUpserted + other.duplicateLinksUpserted, mentionsWritten + other.mentionsWritten);
    }
}
