package io.wirestream.enrich.stream;

import java.util.Map;

/**
 * How far articles.raw has been written and read, as the broker last said: what lets the judging task stop
 * waiting for a quiet partition ({@link io.wirestream.dedup.sequence.Horizon}).
 */
public interface InputProgress {

    Snapshot snapshot();

    /**
     * One look at the broker.
     *
     * @param ends       end offset of each articles.raw partition
     * @param committed  the application's committed offset on each (past transaction markers it never sees)
     * @param observedAt wall-clock time of the look, epoch ms
     */
    record Snapshot(Map<Integer, Long> ends, Map<Integer, Long> committed, long observedAt) {

        public static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), Long.MIN_VALUE);

        /**
         * Whether a partition whose task has handled everything up to {@code position} has nothing more that
         * arrived before {@code arrival}: it has read to the end offset, and the look came at least {@code graceMs}
         * after that arrival, so whatever arrived before it had time to reach the topic.
         */
        public boolean readToEnd(int partition, long position, long arrival, long graceMs) {
            Long end = ends.get(partition);
            if (end == null || observedAt == Long.MIN_VALUE || arrival > observedAt - graceMs) {
                return false;
            }
            return position + 1 >= end;
        }

        /**
         * The last offset a partition's task has handled: the last record it saw, or just before the application's
         * committed offset when that is further (a transaction marker at the end of the topic is never a record).
         */
        public long handledThrough(int partition, long lastRecord) {
            return Math.max(lastRecord, committed.getOrDefault(partition, 0L) - 1);
        }
    }

    /** Nothing known: a quiet partition is waited for until it speaks (tests with one partition). */
    InputProgress UNKNOWN = () -> Snapshot.NONE;
}
