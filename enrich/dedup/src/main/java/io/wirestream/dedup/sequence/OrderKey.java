package io.wirestream.dedup.sequence;

import java.nio.ByteBuffer;

/**
 * Where an article stands in the judging order: its lane's order time and sequence (arrival time and sequence,
 * never decreasing within a lane), then lane, then position. A total order that depends only on each lane's own
 * content, so every replay over the same lanes judges in the same order however their records interleave on the
 * way.
 */
public record OrderKey(long time, long sequence, int lane, long position) implements Comparable<OrderKey> {

    public static final int BYTES = 28;

    @Override
    public int compareTo(OrderKey o) {
        int byTime = compareArrival(time, sequence, o.time, o.sequence);
        if (byTime != 0) {
            return byTime;
        }
        int byLane = Integer.compare(lane, o.lane);
        return byLane != 0 ? byLane : Long.compare(position, o.position);
    }

    /** Arrival order: by time, then by sequence within the same millisecond. */
    static int compareArrival(long time, long sequence, long otherTime, long otherSequence) {
        int byTime = Long.compare(time, otherTime);
        return byTime != 0 ? byTime : Long.compare(sequence, otherSequence);
    }

    /** Big-endian with the sign bits flipped, so the byte order of keys is their order. */
    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES).putLong(time ^ Long.MIN_VALUE).putLong(sequence ^ Long.MIN_VALUE)
                .putInt(lane ^ Integer.MIN_VALUE).putLong(position ^ Long.MIN_VALUE).array();
    }

    public static OrderKey fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("an order key is " + BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        return new OrderKey(b.getLong() ^ Long.MIN_VALUE, b.getLong() ^ Long.MIN_VALUE, b.getInt() ^ Integer.MIN_VALUE,
                b.getLong() ^ Long.MIN_VALUE);
    }
}
