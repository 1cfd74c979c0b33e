package io.wirestream.sink.row;

import io.wirestream.schemas.avro.DuplicateNotice;
import java.time.Instant;

/**
 * A validated duplicate notice, ready to store: {@code duplicateId} was dropped as a copy of {@code originalId}.
 * {@code cleanBody} is the copy's own cleaned text (null for a redelivery, or from a notice that did not carry it).
 */
public record DuplicateLinkRow(String duplicateId, String originalId, String kind, double similarity,
                               Instant detectedAt, String source, String originalSource, String title,
                               String cleanBody) {

    /** Validates and converts a notice; throws {@link InvalidRecordException} naming the field at fault. */
    public static DuplicateLinkRow from(DuplicateNotice notice) {
        double similarity = Limits.finite("similarity", notice.getSimilarity());
        if (similarity < 0 || similarity > 1) {
            throw new InvalidRecordException("similarity must be between 0 and 1, was " + similarity);
        }
        if (notice.getKind() == null) {
            throw new InvalidRecordException("kind is missing");
        }
        return new DuplicateLinkRow(
                Limits.required("id", notice.getId(), Limits.ID),
                Limits.required("duplicateOf", notice.getDuplicateOf(), Limits.ID),
                notice.getKind().name(),
                similarity,
                notice.getEventTime(),
                Limits.optional("source", notice.getSource(), Limits.SOURCE),
                Limits.optional("duplicateOfSource", notice.getDuplicateOfSource(), Limits.SOURCE),
                StorableText.of(notice.getTitle()),
                StorableText.of(notice.getCleanBody()));
    }
}
