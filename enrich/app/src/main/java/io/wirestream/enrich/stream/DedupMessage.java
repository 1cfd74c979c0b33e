package io.wirestream.enrich.stream;

import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;

/**
 * What the dedup stage's tasks send each other over its repartition topics (see docs/dedup.md, "The stream
 * topology as built"). Encoded by {@link #encode}: a tag byte, then the fields; the format is internal.
 */
sealed interface DedupMessage {

    /**
     * Exact stage to verify stage (key: the article's ref): remember this article so later requests can reach it.
     * The sketch is null for a text too short to compare (it can still own a fingerprint and be named by EXACT).
     */
    record FileRecord(String id, String source, long eventTime, ArticleSketch sketch) implements DedupMessage {
    }

    /** Exact stage to verify stage (key: the fingerprint owner's ref): who is the owner this article copies? */
    record ExactRequest(String askingId) implements DedupMessage {
    }

    /** Exact stage to band stage (key: one band key): who asks, and the sketch the verify stage will compare. */
    record BandProbe(long ref, String id, long eventTime, ArticleSketch sketch) implements DedupMessage {
    }

    /**
     * Band stage to verify stage (key: the candidate's ref): compare the candidate with this sketch, if the
     * candidate is earlier than the asking article in (event time, ref) order.
     */
    record VerifyRequest(String askingId, long askingRef, long askingTime, ArticleSketch sketch)
            implements DedupMessage {
    }

    /** Band stage to gather stage (key: the asking article's id): this band sent {@code probes} verify requests. */
    record BandDone(int probes) implements DedupMessage {
    }

    /**
     * Verify stage to gather stage (key: the asking article's id): one candidate's answer.
     *
     * @param similarity estimated Jaccard when accepted, negative when rejected or gone
     */
    record Answer(String candidateId, String candidateSource, long candidateTime, double similarity)
            implements DedupMessage {

        static Answer rejected() {
            return new Answer(null, null, 0, -1);
        }

        boolean accepted() {
            return similarity >= 0;
        }
    }

    /**
     * Exact stage to gather stage (key: the article's id): the article itself, and what will answer about it:
     * {@code bandCount} bands, or, for an exact copy ({@code exact}), the one verify answer naming the owner.
     */
    record PendingArticle(byte[] article, int bandCount, boolean exact) implements DedupMessage {

        static PendingArticle near(byte[] article, int bandCount) {
            return new PendingArticle(article, bandCount, false);
        }

        static PendingArticle exactCopy(byte[] article) {
            return new PendingArticle(article, 0, true);
        }
    }

    int FILE = 1;
    int PROBE = 2;
    int VERIFY = 3;
    int DONE = 4;
    int ANSWER = 5;
    int PENDING = 6;
    int EXACT = 7;
    int HEARTBEAT = 8;

    /**
     * Upstream task to every partition of an ordered topic: "I have reached this record timestamp". Keeps each
     * partition of an ordered topic moving, so a downstream task merging them by timestamp need not wait for
     * an upstream that has nothing for it (see {@link OrderedTopics}).
     */
    record Heartbeat() implements DedupMessage {
    }

    byte[] HEARTBEAT_BYTES = {HEARTBEAT};

    static boolean isHeartbeat(byte[] bytes) {
        return bytes != null && bytes.length == 1 && bytes[0] == HEARTBEAT;
    }

    static byte[] encode(DedupMessage message) {
        Bin.Writer w = new Bin.Writer(64);
        switch (message) {
            case FileRecord m -> optionalSketch(w.byte1(FILE).string(m.id()).string(m.source()).long8(m.eventTime()),
                    m.sketch());
            case ExactRequest m -> w.byte1(EXACT).string(m.askingId());
            case Heartbeat m -> w.byte1(HEARTBEAT);
            case BandProbe m -> sketch(w.byte1(PROBE).long8(m.ref()).string(m.id()).long8(m.eventTime()), m.sketch());
            case VerifyRequest m -> sketch(w.byte1(VERIFY).string(m.askingId()).long8(m.askingRef())
                    .long8(m.askingTime()), m.sketch());
            case BandDone m -> w.byte1(DONE).int4(m.probes());
            case Answer m -> w.byte1(ANSWER).string(m.candidateId()).string(m.candidateSource())
                    .long8(m.candidateTime()).double8(m.similarity());
            case PendingArticle m -> w.byte1(PENDING).int4(m.bandCount()).byte1(m.exact() ? 1 : 0).bytes(m.article());
        }
        return w.toBytes();
    }

    static DedupMessage decode(byte[] bytes) {
        Bin.Reader r = new Bin.Reader(bytes);
        int tag = r.byte1();
        return switch (tag) {
            case FILE -> new FileRecord(r.string(), r.string(), r.long8(), optionalSketch(r));
            case EXACT -> new ExactRequest(r.string());
            case HEARTBEAT -> new Heartbeat();
            case PROBE -> new BandProbe(r.long8(), r.string(), r.long8(), sketch(r));
            case VERIFY -> new VerifyRequest(r.string(), r.long8(), r.long8(), sketch(r));
            case DONE -> new BandDone(r.int4());
            case ANSWER -> new Answer(r.string(), r.string(), r.long8(), r.double8());
            case PENDING -> {
                int bands = r.int4();
                boolean exact = r.byte1() == 1;
                yield new PendingArticle(r.bytes(), bands, exact);
            }
            default -> throw new IllegalArgumentException("unknown dedup message tag " + tag);
        };
    }

    private static void optionalSketch(Bin.Writer w, ArticleSketch sketch) {
        w.byte1(sketch == null ? 0 : 1);
        if (sketch != null) {
            sketch(w, sketch);
        }
    }

    private static ArticleSketch optionalSketch(Bin.Reader r) {
        return r.byte1() == 0 ? null : sketch(r);
    }

    private static void sketch(Bin.Writer w, ArticleSketch sketch) {
        w.shorts(sketch.minHash()).int4(sketch.shingles()).shorts(sketch.numbers().hashes())
                .int4(sketch.numbers().distinct());
    }

    private static ArticleSketch sketch(Bin.Reader r) {
        short[] mins = r.shorts();
        int shingles = r.int4();
        short[] figures = r.shorts();
        return new ArticleSketch(mins, shingles, new NumberSketch(figures, r.int4()));
    }
}
