package io.wirestream.enrich.stream;

import io.wirestream.dedup.DuplicateKind;
import io.wirestream.dedup.Verdict;
import io.wirestream.dedup.state.StateCodec;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The judging task's answer for one article, sent back to the partition the article waits on: the verdict, or
 * why it could not be judged.
 *
 * @param lane     the articles.raw partition the article waits on
 * @param position its offset there
 * @param verdict  the verdict, or null when {@code failure} says why there is none
 * @param failure  why the article could not be judged, or null
 */
record VerdictMessage(int lane, long position, Verdict verdict, String failure) {

    private static final int VERSION = 1;
    private static final int UNIQUE = 0;
    private static final int FAILED = 15;
    /** Set on the kind nibble of a revision (kinds take the low 3 bits; FAILED, all four, carries no verdict). */
    private static final int REVISION = 8;

    static VerdictMessage judged(int lane, long position, Verdict verdict) {
        return new VerdictMessage(lane, position, verdict, null);
    }

    static VerdictMessage failed(int lane, long position, String reason) {
        return new VerdictMessage(lane, position, null, reason);
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        int kind = verdict == null ? FAILED : verdict.kind() == null ? UNIQUE : verdict.kind().ordinal() + 1;
        if (verdict != null && verdict.revision()) {
            kind |= REVISION;
        }
        out.write(VERSION << 4 | kind);
        StateCodec.writeVarint(out, lane);
        StateCodec.writeVarlong(out, position);
        if (verdict == null) {
            string(out, failure);
            return out.toByteArray();
        }
        string(out, verdict.id());
        if (verdict.kind() != null) {
            string(out, verdict.duplicateOf());
            StateCodec.writeLong(out, Double.doubleToLongBits(verdict.similarity()));
        }
        return out.toByteArray();
    }

    static VerdictMessage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("empty verdict message");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            int head = b.get() & 0xFF;
            if (head >>> 4 != VERSION) {
                throw new IllegalArgumentException("unknown verdict message version " + (head >>> 4));
            }
            int kind = head & 0x0F;
            int lane = StateCodec.readVarint(b);
            long position = StateCodec.readVarlong(b);
            if (kind == FAILED) {
                return failed(lane, position, string(b));
            }
            boolean revision = (kind & REVISION) != 0;
            kind &= ~REVISION;
            String id = string(b);
            if (kind == UNIQUE) {
                return judged(lane, position, new Verdict(id, null, null, 0.0, revision));
            }
            if (kind > DuplicateKind.values().length) {
                throw new IllegalArgumentException("unknown verdict kind " + kind);
            }
            String duplicateOf = string(b);
            double similarity = Double.longBitsToDouble(b.getLong());
            return judged(lane, position,
                    new Verdict(id, DuplicateKind.values()[kind - 1], duplicateOf, similarity, revision));
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated verdict message (" + bytes.length + " bytes)");
        }
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        StateCodec.writeVarint(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static String string(ByteBuffer b) {
        byte[] utf8 = new byte[StateCodec.length(b, 1)];
        b.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
