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
 * @param revision    the id was seen before with other content: this is a new version of that article (a
 *                    correction), which replaces the previous one downstream; never set on a redelivery
 */
public record Verdict(String id, DuplicateKind kind, String duplicateOf, double similarity, boolean revision) {

    public Verdict {
        Objects.requireNonNull(id, "id");
        if ((kind == null) != (duplicateOf == null)) {
            throw new IllegalArgumentException("a duplicate needs duplicateOf and a unique article must not have one");
        }
        if (revision && kind == DuplicateKind.REDELIVERY) {
            throw new IllegalArgumentException("a redelivery carries the same content, so it is never a revision");
        }
    }

    /** A verdict on an article seen for the first time (not a revision). */
    public Verdict(String id, DuplicateKind kind, String duplicateOf, double similarity) {
        this(id, kind, duplicateOf, similarity, false);
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

    /** A revision of an original: unique, the new version of that article. */
    public static Verdict revision(String id) {
        return new Verdict(id, null, null, 0.0, true);
    }

    /** This verdict on a revision (the id was seen before with other content). */
    public Verdict asRevision() {
        return new Verdict(id, kind, duplicateOf, similarity, true);
    }

    public boolean isDuplicate() {
        return kind != null;
    }
}
