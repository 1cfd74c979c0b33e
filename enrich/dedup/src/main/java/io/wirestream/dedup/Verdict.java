package io.wirestream.dedup;

import java.util.Objects;

/**
 * The judgement on one article.
 *
 * @param id          the judged article
 * @param kind        why it is a duplicate; {@code null} when the article is unique
 * @param duplicateOf the root original it duplicates; for a redelivery the first delivery, which carries the same
 *                    id; {@code null} when unique
 * @param similarity  1.0 for redeliveries and exact copies, the estimated shingle Jaccard for near copies (below
 *                    1.0: their content differs), 0.0 for unique articles
 */
public record Verdict(String id, DuplicateKind kind, String duplicateOf, double similarity) {

    public Verdict {
        Objects.requireNonNull(id, "id");
        if ((kind == null) != (duplicateOf == null)) {
            throw new IllegalArgumentException("a duplicate needs duplicateOf and a unique article must not have one");
        }
    }

    public static Verdict unique(String id) {
        return new Verdict(id, null, null, 0.0);
    }

    public static Verdict redelivery(String id) {
        return new Verdict(id, DuplicateKind.REDELIVERY, id, 1.0);
    }

    public static Verdict exact(String id, String originalId) {
        return new Verdict(id, DuplicateKind.EXACT, originalId, 1.0);
    }

    public static Verdict near(String id, String originalId, double similarity) {
        return new Verdict(id, DuplicateKind.NEAR, originalId, similarity);
    }

    public boolean isDuplicate() {
        return kind != null;
    }
}
