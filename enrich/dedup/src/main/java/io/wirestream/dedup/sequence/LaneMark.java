package io.wirestream.dedup.sequence;

import java.nio.ByteBuffer;

/**
 * What the sequencer knows of one lane.
 *
 * @param orderTime     the order time of its last signature ({@link Long#MIN_VALUE} before any): its next one is
 *                      never earlier
 * @param orderSequence the arrival sequence that goes with it
 * @param position      the last position it sent or reported (-1 before any)
 * @param caughtUp      whether its last report said it had read everything, with nothing sent since
 */
public record LaneMark(long orderTime, long orderSequence, long position, boolean caughtUp) {

    public static final LaneMark UNHEARD = new LaneMark(Long.MIN_VALUE, Long.MIN_VALUE, -1, false);

    public byte[] toBytes() {
        return ByteBuffer.allocate(25).putLong(orderTime).putLong(orderSequence).putLong(position)
                .put((byte) (caughtUp ? 1 : 0)).array();
    }

    public static LaneMark fromBytes(byte[] bytes) {
        if (bytes.length != 25) {
            throw new IllegalArgumentException("a lane mark is 25 bytes, got " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        return new LaneMark(b.getLong(), b.getLong(), b.getLong(), b.get() != 0);
    }
}
