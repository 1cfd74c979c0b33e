package io.wirestream.dedup.state;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;

/**
 * Byte layout of every key and value of the dedup stores, for a {@code KeyValueStore<Bytes, byte[]>}-backed
 * {@link io.wirestream.dedup.DedupState}. Compact on purpose (varints, 16-bit signature values, no field
 * names, zig-zag varint event time): the footprint per retained article is a stated target. A version
 * nibble leads every article record, so the layout can evolve.
 */
public final class StateCodec {

    /** Layout version in the high nibble of the first byte, flags in the low nibble. */
    private static final int VERSION = 1;
    private static final int HAS_FINGERPRINT = 1;
    private static final int HAS_ROOT = 2;
    private static final int HAS_SKETCH = 4;

    private StateCodec() {
    }

    public static byte[] refKey(long ref) {
        return ByteBuffer.allocate(8).putLong(ref).array();
    }

    public static long refFromKey(byte[] key) {
        return ByteBuffer.wrap(key).getLong();
    }

    public static byte[] fingerprintKey(Fingerprint fp) {
        return ByteBuffer.allocate(16).putLong(fp.high()).putLong(fp.low()).array();
    }

    public static byte[] bandKey(int bandKey) {
        return ByteBuffer.allocate(4).putInt(bandKey).array();
    }

    /** Expiry index key: big-endian event time with the sign bit flipped (so byte order is time order), then ref. */
    public static byte[] expiryKey(long eventTime, long ref) {
        return ByteBuffer.allocate(16).putLong(eventTime ^ Long.MIN_VALUE).putLong(ref).array();
    }

    public static byte[] original(OriginalEntry entry) {
        return ByteBuffer.allocate(16).putLong(entry.ref()).putLong(entry.eventTime()).array();
    }

    public static OriginalEntry original(byte[] value) {
        ByteBuffer b = ByteBuffer.wrap(value);
        return new OriginalEntry(b.getLong(), b.getLong());
    }

    /** A band bucket: its refs, 8 bytes each. */
    public static byte[] refs(long[] refs) {
        ByteBuffer b = ByteBuffer.allocate(refs.length * 8);
        for (long r : refs) {
            b.putLong(r);
        }
        return b.array();
    }

    public static long[] refs(byte[] value) {
        if (value.length % 8 != 0) {
            throw new IllegalArgumentException("a band bucket is a multiple of 8 bytes, got " + value.length);
        }
        ByteBuffer b = ByteBuffer.wrap(value);
        long[] out = new long[value.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }

    public static byte[] article(ArticleRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(200);
        int flags = (r.fingerprint() != null ? HAS_FINGERPRINT : 0) | (r.rootRef() != 0 ? HAS_ROOT : 0)
                | (r.sketch() != null ? HAS_SKETCH : 0);
        out.write(VERSION << 4 | flags);
        writeVarlong(out, (r.eventTime() << 1) ^ (r.eventTime() >> 63));
        byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
        writeVarint(out, id.length);
        out.writeBytes(id);
        if (r.fingerprint() != null) {
            writeLong(out, r.fingerprint().high());
            writeLong(out, r.fingerprint().low());
        }
        if (r.rootRef() != 0) {
            writeLong(out, r.rootRef());
        }
        if (r.sketch() != null) {
            writeSketch(out, r.sketch());
        }
        return out.toByteArray();
    }

    /** A sketch as the article record stores it: 16-bit MinHash values, shingle count, figures. */
    public static void writeSketch(ByteArrayOutputStream out, ArticleSketch sketch) {
        writeShorts(out, sketch.minHash());
        writeVarint(out, sketch.shingles());
        writeVarint(out, sketch.numbers().distinct());
        writeShorts(out, sketch.numbers().hashes());
    }

    public static ArticleSketch readSketch(ByteBuffer b) {
        short[] mins = readShorts(b);
        int shingles = readVarint(b);
        int distinct = readVarint(b);
        return new ArticleSketch(mins, shingles, new NumberSketch(readShorts(b), distinct));
    }

    public static ArticleRecord article(long ref, byte[] value) {
        ByteBuffer b = ByteBuffer.wrap(value);
        int head = b.get() & 0xFF;
        if (head >>> 4 != VERSION) {
            throw new IllegalArgumentException("unknown article record version " + (head >>> 4));
        }
        int flags = head & 0x0F;
        long zigzag = readVarlong(b);
        long eventTime = (zigzag >>> 1) ^ -(zigzag & 1);
        byte[] id = new byte[length(b, 1)];
        b.get(id);
        Fingerprint fp = (flags & HAS_FINGERPRINT) != 0 ? new Fingerprint(b.getLong(), b.getLong()) : null;
        long root = (flags & HAS_ROOT) != 0 ? b.getLong() : 0;
        ArticleSketch sketch = (flags & HAS_SKETCH) != 0 ? readSketch(b) : null;
        return new ArticleRecord(ref, new String(id, StandardCharsets.UTF_8), eventTime, fp, root, sketch);
    }

    public static void writeLong(ByteArrayOutputStream out, long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift));
        }
    }

    public static void writeVarlong(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    public static long readVarlong(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int x = b.get();
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    private static void writeShorts(ByteArrayOutputStream out, short[] values) {
        writeVarint(out, values.length);
        for (short s : values) {
            out.write(s >>> 8);
            out.write(s);
        }
    }

    private static short[] readShorts(ByteBuffer b) {
        short[] out = new short[length(b, 2)];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getShort();
        }
        return out;
    }

    public static void writeVarint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** A varint count of items of {@code width} bytes, refused when the rest of the buffer cannot hold them. */
    public static int length(ByteBuffer b, int width) {
        int n = readVarint(b);
        if (n < 0 || n > b.remaining() / width) {
            throw new IllegalArgumentException("malformed record: " + n + " items of " + width + " bytes, "
                    + b.remaining() + " bytes left");
        }
        return n;
    }

    public static int readVarint(ByteBuffer b) {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int x = b.get();
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }
}
