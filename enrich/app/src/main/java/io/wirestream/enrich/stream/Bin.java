package io.wirestream.enrich.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Length-prefixed binary fields for the article parked in the dedup waiting store ({@link ArticleCodec}): the format
 * is ours, no consumer outside this application reads it, so no registry round trip and no field names.
 */
final class Bin {

    private Bin() {
    }

    /** Appends fields to a growing buffer. */
    static final class Writer {

        private byte[] buf;
        private int size;

        Writer(int expected) {
            buf = new byte[Math.max(16, expected)];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        Writer byte1(int v) {
            room(1);
            buf[size++] = (byte) v;
            return this;
        }

        Writer int4(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        Writer long8(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        /** Bytes with a length prefix; null is length -1. */
        Writer bytes(byte[] v) {
            if (v == null) {
                return int4(-1);
            }
            int4(v.length);
            room(v.length);
            System.arraycopy(v, 0, buf, size, v.length);
            size += v.length;
            return this;
        }

        Writer string(String v) {
            return bytes(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toBytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Reads what a {@link Writer} wrote; a truncated or malformed buffer raises IllegalArgumentException. */
    static final class Reader {

        private final ByteBuffer in;

        Reader(byte[] bytes) {
            in = ByteBuffer.wrap(bytes);
        }

        int byte1() {
            need(1);
            return in.get() & 0xFF;
        }

        int int4() {
            need(4);
            return in.getInt();
        }

        long long8() {
            need(8);
            return in.getLong();
        }

        byte[] bytes() {
            int length = int4();
            if (length == -1) {
                return null;
            }
            if (length < 0) {
                throw new IllegalArgumentException("negative field length " + length);
            }
            need(length);
            byte[] out = new byte[length];
            in.get(out);
            return out;
        }

        String string() {
            byte[] b = bytes();
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }

        private void need(long n) {
            if (n > in.remaining()) {
                throw new IllegalArgumentException("truncated record: need " + n + " bytes, " + in.remaining() + " left");
            }
        }
    }
}
