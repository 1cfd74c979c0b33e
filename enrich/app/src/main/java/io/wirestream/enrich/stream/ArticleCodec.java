package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.RecordLimits;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article in flight as bytes, so it can wait in its partition's store for the dedup verdict: where it came
 * from (with the original record's bytes, so a later stage can still dead-letter it), the raw article, and what
 * cleanup and fingerprinting added. Entities are not kept: tagging runs after dedup.
 */
final class ArticleCodec {

    /**
     * 2 (2026-12-04) adds the raw article's {@code ingestSequence} (version 1 dropped it, so a parked article came out
     * with none and the sink could not order two versions stamped in the same millisecond) and writes a clean title
     * or body that cleanup left as it was as a one-byte mark, not a second copy (a third of a clean 5 KB article's
     * entry). Version 1 entries, parked by an older build before an upgrade, are still read.
     */
    private static final int VERSION = 2;
    private static final int VERSION_1 = 1;
    private static final int AS_RAW = 0;
    private static final int OWN_TEXT = 1;

    /**
     * The waiting store's changelog records must fit its topic's {@code max.message.bytes}, which the service sets to
     * {@link RecordLimits#MAX_MESSAGE_BYTES} (1 MiB kept for the record's own overhead). A raw record within
     * {@link RecordLimits#MAX_RAW_RECORD_BYTES} always fits: original bytes, body and clean body, each at most that.
     */
    static final int MAX_BYTES = RecordLimits.MAX_MESSAGE_BYTES - 1024 * 1024;

    private ArticleCodec() {
    }

    /**
     * Encodes the article; leaves the original record's bytes out when they would push it over {@link #MAX_BYTES}.
     *
     * @throws IllegalArgumentException when even without them the article is too large to repartition
     */
    static byte[] encode(ArticleInFlight article) {
        byte[] full = write(article, true);
        if (full.length <= MAX_BYTES) {
            return full;
        }
        byte[] lean = write(article, false);
        if (lean.length > MAX_BYTES) {
            throw new IllegalArgumentException("article " + article.id() + " encodes to " + lean.length
                    + " bytes, too large to wait for its dedup verdict (max " + MAX_BYTES + ")");
        }
        return lean;
    }

    private static byte[] write(ArticleInFlight article, boolean withOriginalBytes) {
        Origin o = article.origin();
        RawArticle raw = article.raw();
        byte[] original = withOriginalBytes ? o.valueBytes() : null;
        Bin.Writer w = new Bin.Writer(256 + (original == null ? 0 : original.length) + raw.getBody().length() * 2);
        w.byte1(VERSION);
        w.string(o.topic()).int4(o.partition()).long8(o.offset()).bytes(o.keyBytes())
                .bytes(original).long8(o.timestamp());
        w.string(raw.getId()).string(raw.getSource()).string(raw.getUrl()).string(raw.getTitle())
                .string(raw.getBody()).string(raw.getLanguage());
        w.byte1(raw.getPublishedAt() == null ? 0 : 1);
        if (raw.getPublishedAt() != null) {
            w.long8(raw.getPublishedAt().toEpochMilli());
        }
        w.long8(raw.getIngestedAt().toEpochMilli());
        w.byte1(raw.getIngestSequence() == null ? 0 : 1);
        if (raw.getIngestSequence() != null) {
            w.long8(raw.getIngestSequence());
        }
        textOrMark(w, article.cleanTitle(), raw.getTitle());
        textOrMark(w, article.cleanBody(), raw.getBody());
        w.string(article.language());
        w.int4(article.edits().size());
        for (Edit e : article.edits()) {
            w.string(e.getRule()).int4(e.getStart()).int4(e.getEnd()).string(e.getBefore()).string(e.getAfter());
        }
        w.int4(article.flags().size());
        for (Flag f : article.flags()) {
            w.string(f.getRule()).int4(f.getStart()).int4(f.getEnd()).string(f.getText());
        }
        w.string(article.contentFingerprint());
        return w.toBytes();
    }

    private static void textOrMark(Bin.Writer w, String clean, String raw) {
        if (clean != null && clean.equals(raw)) {
            w.byte1(AS_RAW);
        } else {
            w.byte1(OWN_TEXT).string(clean);
        }
    }

    private static String textOrRaw(Bin.Reader r, String raw) {
        int mark = r.byte1();
        return switch (mark) {
            case AS_RAW -> raw;
            case OWN_TEXT -> r.string();
            default -> throw new IllegalArgumentException("unknown text mark " + mark);
        };
    }

    static ArticleInFlight decode(byte[] bytes) {
        Bin.Reader r = new Bin.Reader(bytes);
        int version = r.byte1();
        if (version != VERSION && version != VERSION_1) {
            throw new IllegalArgumentException("unknown article carrier version " + version);
        }
        Origin origin = new Origin(r.string(), r.int4(), r.long8(), r.bytes(), r.bytes(), r.long8());
        RawArticle.Builder raw = RawArticle.newBuilder().setId(r.string()).setSource(r.string()).setUrl(r.string())
                .setTitle(r.string()).setBody(r.string()).setLanguage(r.string());
        if (r.byte1() == 1) {
            raw.setPublishedAt(Instant.ofEpochMilli(r.long8()));
        }
        raw.setIngestedAt(Instant.ofEpochMilli(r.long8()));
        if (version != VERSION_1 && r.byte1() == 1) {
            raw.setIngestSequence(r.long8());
        }
        RawArticle rawArticle = raw.build();
        ArticleInFlight article = new ArticleInFlight(origin, rawArticle);
        String cleanTitle = version == VERSION_1 ? r.string() : textOrRaw(r, rawArticle.getTitle());
        String cleanBody = version == VERSION_1 ? r.string() : textOrRaw(r, rawArticle.getBody());
        String language = r.string();
        int edits = count(r);
        List<Edit> editList = new ArrayList<>(edits);
        for (int i = 0; i < edits; i++) {
            editList.add(new Edit(r.string(), r.int4(), r.int4(), r.string(), r.string()));
        }
        int flags = count(r);
        List<Flag> flagList = new ArrayList<>(flags);
        for (int i = 0; i < flags; i++) {
            flagList.add(new Flag(r.string(), r.int4(), r.int4(), r.string()));
        }
        article.cleaned(cleanTitle, cleanBody, language, editList, flagList);
        article.fingerprinted(r.string());
        return article;
    }

    private static int count(Bin.Reader r) {
        int n = r.int4();
        if (n < 0 || n > 10_000_000) {
            throw new IllegalArgumentException("implausible list length " + n);
        }
        return n;
    }
}
