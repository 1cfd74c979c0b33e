package io.wirestream.dedup.sequence;

import java.util.Objects;

import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupInput;

/**
 * What the judging task needs of one article, computed where the article is (in the stream: the task of its
 * raw partition): about 200 bytes instead of the text.
 *
 * @param lane        the input lane it came from (in the stream, its articles.raw partition)
 * @param position    its position in that lane (the raw offset): strictly increasing within a lane
 * @param arrivalTime when it arrived (ingestedAt, epoch ms): the order in which lanes are merged
 * @param arrivalSequence its place among articles that arrived in the same millisecond (the ingest run's
 *                    sequence; 0 when unknown)
 * @param id          the article id
 * @param eventTime   publishedAt, or {@link DedupInput#NO_EVENT_TIME}
 * @param analysis    fingerprint, sketch and band keys of its cleaned text
 */
public record ArticleSignature(int lane, long position, long arrivalTime, long arrivalSequence, String id,
                               long eventTime, ArticleAnalysis analysis) {

    public ArticleSignature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analysis, "analysis");
        if (lane < 0) {
            throw new IllegalArgumentException("lane must not be negative, got " + lane);
        }
    }
}
