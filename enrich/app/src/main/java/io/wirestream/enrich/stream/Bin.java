package io.wirestream.enrich.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Length-prefixed binary fields for the dedup stage's internal topics and stores (their formats are ours:
 * no consumer outside this application reads them, so no registry round trip and no field names).
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

        Writer double8(double v) {
            return long8(Double.doubleToLongBits(v));
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

        /**
         * A string with a varint prefix of length + 1 (0 is null; one byte up to 126 bytes): for what is stored
         * per article, where the 4-byte prefix of {@link #string} would cost more than the field.
         */
        Writer varString(String v) {
            byte[] b = v == null ? new byte[0] : v.getBytes(StandardCharsets.UTF_8);
            int n = v == null ? 0 : b.length + 1;
            while ((n & ~0x7F) != 0) {
                byte1((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            byte1(n);
            return raw(b);
        }

        /** Bytes without a length: only as the last field, read back by {@link Reader#rest()}. */
        Writer raw(byte[] v) {
            room(v.length);
            System.arraycopy(v, 0, buf, size, v.length);
            size += v.length;
            return this;
        }

        Writer shorts(short[] v) {
            int4(v.length);
            room(v.length * 2);
            for (short s : v) {
                buf[size++] = (byte) (s >>> 8);
                buf[size++] = (byte) s;
            }
            return this;
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

        double double8() {
            return Double.longBitsToDouble(long8());
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

        String varString() {
            int length = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 28) {
                    throw new IllegalArgumentException("malformed varint length");
                }
                int b = byte1();
                length |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (length == 0) {
                return null;
            }
            if (length < 0) {
                throw new IllegalArgumentException("negative field length " + length);
            }
            need(length - 1);
            byte[] out = new byte[length - 1];
            in.get(out);
            return new String(out, StandardCharsets.UTF_8);
        }

        byte[] rest() {
            byte[] out = new byte[in.remaining()];
            in.get(out);
            return out;
        }

        short[] shorts() {
            int length = int4();
            if (length < 0) {
                throw new IllegalArgumentException("negative array length " + length);
            }
            need(length * 2L);
            short[] out = new short[length];
            for (int i = 0; i < length; i++) {
                out[i] = in.getShort();
            }
            return out;
        }

        boolean atEnd() {
            return !in.hasRemaining();
        }

        private void need(long n) {
            if (n > in.remaining()) {
                throw new IllegalArgumentException("truncated record: need " + n + " bytes, " + in.remaining() + " left");
            }
        }
    }
}
