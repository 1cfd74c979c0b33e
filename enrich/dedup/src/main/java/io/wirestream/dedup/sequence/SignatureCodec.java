package io.wirestream.dedup.sequence;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.state.StateCodec;

/**
 * Bytes of the messages a lane sends to the sequencer: a signature (about 200 bytes for a 40-character id) or
 * a progress report. Band keys are not sent: they are a function of the sketch, recomputed on arrival.
 * Layout: type byte, lane (varint), position (varlong), then for a signature arrival time, event time (zig-zag
 * varlongs), arrival sequence, id, flags, fingerprint (16 bytes) and sketch when present; for a report, a caught-up byte.
 */
public final class SignatureCodec {

    private static final int SIGNATURE = 0x11;
    private static final int REPORT = 0x12;
    private static final int HAS_FINGERPRINT = 1;
    private static final int HAS_SKETCH = 2;

    private final ArticleAnalyser analyser;

    public SignatureCodec(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    /** What a message holds: exactly one of the two is set. */
    public record Message(ArticleSignature signature, LaneReport report) {
    }

    public static byte[] encode(ArticleSignature s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(220);
        out.write(SIGNATURE);
        StateCodec.writeVarint(out, s.lane());
        StateCodec.writeVarlong(out, s.position());
        StateCodec.writeVarlong(out, zigzag(s.arrivalTime()));
        StateCodec.writeVarlong(out, zigzag(s.arrivalSequence()));
        StateCodec.writeVarlong(out, zigzag(s.eventTime()));
        byte[] id = s.id().getBytes(StandardCharsets.UTF_8);
        StateCodec.writeVarint(out, id.length);
        out.writeBytes(id);
        ArticleAnalysis a = s.analysis();
        out.write((a.fingerprint() != null ? HAS_FINGERPRINT : 0) | (a.sketch() != null ? HAS_SKETCH : 0));
        if (a.fingerprint() != null) {
            StateCodec.writeLong(out, a.fingerprint().high());
            StateCodec.writeLong(out, a.fingerprint().low());
        }
        if (a.sketch() != null) {
            StateCodec.writeSketch(out, a.sketch());
        }
        return out.toByteArray();
    }

    public static byte[] encode(LaneReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        out.write(REPORT);
        StateCodec.writeVarint(out, r.lane());
        StateCodec.writeVarlong(out, zigzag(r.position()));
        out.write(r.caughtUp() ? 1 : 0);
        return out.toByteArray();
    }

    /**
     * Reads a message.
     *
     * @throws IllegalArgumentException naming what is wrong, for bytes that are not one
     */
    public Message decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("empty dedup message");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            int type = b.get() & 0xFF;
            if (type != REPORT && type != SIGNATURE) {
                throw new IllegalArgumentException("unknown dedup message type " + type);
            }
            int lane = StateCodec.readVarint(b);
            if (type == REPORT) {
                long position = unzigzag(StateCodec.readVarlong(b));
                return new Message(null, new LaneReport(lane, position, b.get() != 0));
            }
            long position = StateCodec.readVarlong(b);
            long arrival = unzigzag(StateCodec.readVarlong(b));
            long sequence = unzigzag(StateCodec.readVarlong(b));
            long eventTime = unzigzag(StateCodec.readVarlong(b));
            byte[] id = new byte[StateCodec.length(b, 1)];
            b.get(id);
            int flags = b.get();
            Fingerprint fingerprint = (flags & HAS_FINGERPRINT) != 0 ? new Fingerprint(b.getLong(), b.getLong()) : null;
            ArticleSketch sketch = (flags & HAS_SKETCH) != 0 ? StateCodec.readSketch(b) : null;
            if (b.hasRemaining()) {
                throw new IllegalArgumentException(b.remaining() + " stray bytes after a dedup signature");
            }
            ArticleAnalysis analysis = fingerprint == null ? ArticleAnalysis.NO_WORDS
                    : new ArticleAnalysis(fingerprint, sketch, sketch == null ? new int[0] : analyser.bandKeys(sketch));
            return new Message(new ArticleSignature(lane, position, arrival, sequence,
                    new String(id, StandardCharsets.UTF_8), eventTime, analysis), null);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated dedup message (" + bytes.length + " bytes)");
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
