package io.wirestream.dedup.sequence;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Merges the signatures of several lanes into one judging order that does not depend on how the lanes'
 * records interleave on the way: by {@link OrderKey} (arrival time raised to never decrease within a lane,
 * then lane, then position). A signature is released once no lane can still send one that sorts before it:
 * every other lane has either sent something later already, or has read everything (its report says so, or the
 * {@link Horizon} does).
 *
 * <p>So two replays over the same lanes judge in the same order, and with one lane the order is simply the
 * lane's. Live, a lane that reported "caught up" and then receives an article with an earlier arrival time
 * than one already released has that article judged as it comes: late, in arrival order at the sequencer.
 *
 * <p>Plain Java and single-threaded: the stream runs one in its single judging task, tests drive it directly.
 */
public final class Sequencer {

    private final int lanes;
    private final SequencerStore store;
    private final Horizon horizon;
    private final TreeMap<OrderKey, ArticleSignature> waiting = new TreeMap<>();
    private final Map<Integer, LaneMark> marks = new HashMap<>();
    private int highestLane;
    private long ignoredRepeats;

    /**
     * @param lanes how many lanes there are at least (0 .. lanes-1 are waited for before any has spoken);
     *              a lane beyond them joins when it first sends something
     */
    public Sequencer(int lanes, SequencerStore store) {
        this(lanes, store, Horizon.REPORTED);
    }

    /**
     * @param horizon tells when a quiet lane need not be waited for (in the stream: the broker's end offsets)
     */
    public Sequencer(int lanes, SequencerStore store, Horizon horizon) {
        if (lanes < 1) {
            throw new IllegalArgumentException("a sequencer merges at least one lane, got " + lanes);
        }
        this.lanes = lanes;
        this.store = store;
        this.horizon = horizon;
        this.highestLane = lanes - 1;
        store.load(waiting::put, (lane, mark) -> {
            marks.put(lane, mark);
            highestLane = Math.max(highestLane, lane);
        });
    }

    /** Takes a signature and passes on, in order, every signature that may now be judged. */
    public void accept(ArticleSignature signature, Consumer<ArticleSignature> judge) {
        LaneMark mark = mark(signature.lane());
        if (signature.position() <= mark.position()) {
            ignoredRepeats++; // sent twice (an at-least-once retry): judged once already
            return;
        }
        // arrival raised to the lane's last: a lane's order never goes back
        boolean later = OrderKey.compareArrival(signature.arrivalTime(), signature.arrivalSequence(), mark.orderTime(),
                mark.orderSequence()) > 0;
        long orderTime = later ? signature.arrivalTime() : mark.orderTime();
        long orderSequence = later ? signature.arrivalSequence() : mark.orderSequence();
        setMark(signature.lane(), new LaneMark(orderTime, orderSequence, signature.position(), false));
        OrderKey key = new OrderKey(orderTime, orderSequence, signature.lane(), signature.position());
        waiting.put(key, signature);
        store.waiting(key, signature);
        release(judge);
    }

    /** Takes a lane's progress report and passes on every signature that may now be judged. */
    public void report(LaneReport report, Consumer<ArticleSignature> judge) {
        LaneMark mark = mark(report.lane());
        if (report.position() < mark.position()) {
            return; // older than what the lane has sent since
        }
        if (report.position() != mark.position() || report.caughtUp() != mark.caughtUp()) {
            setMark(report.lane(), new LaneMark(mark.orderTime(), mark.orderSequence(), report.position(),
                    report.caughtUp()));
        }
        release(judge);
    }

    /**
     * Stops waiting for a lane that has said nothing for too long (its task is gone, not just slow): treats it
     * as caught up until it sends again. The caller decides "too long"; this is the one wall-clock escape.
     */
    public void assumeCaughtUp(int lane, Consumer<ArticleSignature> judge) {
        LaneMark mark = mark(lane);
        setMark(lane, new LaneMark(mark.orderTime(), mark.orderSequence(), mark.position(), true));
        release(judge);
    }

    /** The lane the first waiting signature waits for, if any. */
    public OptionalInt blockingLane() {
        if (waiting.isEmpty()) {
            return OptionalInt.empty();
        }
        return blocker(waiting.firstKey());
    }

    public int waitingCount() {
        return waiting.size();
    }

    /** Signatures sent twice and ignored the second time. */
    public long ignoredRepeats() {
        return ignoredRepeats;
    }

    /** Passes on every signature that may now be judged: call it when the {@link Horizon} may have moved. */
    public void release(Consumer<ArticleSignature> judge) {
        while (!waiting.isEmpty()) {
            OrderKey head = waiting.firstKey();
            if (blocker(head).isPresent()) {
                return;
            }
            ArticleSignature next = waiting.pollFirstEntry().getValue();
            store.released(head);
            judge.accept(next);
        }
    }

    /** A lane that could still send a signature sorting before {@code head}. */
    private OptionalInt blocker(OrderKey head) {
        for (int lane = 0; lane <= highestLane; lane++) {
            if (lane == head.lane()) {
                continue;
            }
            LaneMark mark = mark(lane);
            if (mark.caughtUp() || horizon.readToEnd(lane, mark, head)) {
                continue;
            }
            // the lane's next signature arrives no earlier than its mark, so it sorts after head when the mark is
            // later, or equal with a higher lane number
            int byArrival = OrderKey.compareArrival(mark.orderTime(), mark.orderSequence(), head.time(), head.sequence());
            boolean after = byArrival > 0 || byArrival == 0 && lane > head.lane();
            if (!after) {
                return OptionalInt.of(lane);
            }
        }
        return OptionalInt.empty();
    }

    private LaneMark mark(int lane) {
        return marks.getOrDefault(lane, LaneMark.UNHEARD);
    }

    private void setMark(int lane, LaneMark mark) {
        marks.put(lane, mark);
        highestLane = Math.max(highestLane, lane);
        store.lane(lane, mark);
    }
}
