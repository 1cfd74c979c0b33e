package io.wirestream.dedup.state;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/** Refs ordered by event time (then ref, so equal times drain in a deterministic order). */
public final class ExpiryQueue {

    private record Entry(long eventTime, long ref) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparingLong(Entry::eventTime).thenComparingLong(Entry::ref));

    public void add(long eventTime, long ref) {
        queue.add(new Entry(eventTime, ref));
    }

    public void drainBefore(long cutoff, LongConsumer sink) {
        while (!queue.isEmpty() && queue.peek().eventTime() < cutoff) {
            sink.accept(queue.poll().ref());
        }
    }

    public int size() {
        return queue.size();
    }
}
