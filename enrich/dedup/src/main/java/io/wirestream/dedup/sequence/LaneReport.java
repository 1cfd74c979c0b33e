package io.wirestream.dedup.sequence;

/**
 * A lane saying how far it has got, so the sequencer need not wait for it: everything up to {@code position}
 * has been sent, and {@code caughtUp} when that was the end of the lane's input at the time (more may come
 * later; what does arrives late and is judged as it comes).
 *
 * @param lane     the lane
 * @param position the last position it processed (-1 before any)
 * @param caughtUp whether it had nothing more to read
 */
public record LaneReport(int lane, long position, boolean caughtUp) {
}
