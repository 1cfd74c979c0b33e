package io.wirestream.dedup.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupInput;

class SequencerTest {

    private final List<String> judged = new ArrayList<>();

    private static ArticleSignature sig(int lane, long position, long arrival) {
        return new ArticleSignature(lane, position, arrival, 0, "l" + lane + "@" + position, DedupInput.NO_EVENT_TIME,
                ArticleAnalysis.NO_WORDS);
    }

    private void accept(Sequencer s, int lane, long position, long arrival) {
        s.accept(sig(lane, position, arrival), a -> judged.add(a.id()));
    }

    @Test
    void oneLaneIsJudgedInItsOwnOrderAtOnce() {
        Sequencer s = new Sequencer(1, SequencerStore.NONE);
        accept(s, 0, 0, 50);
        accept(s, 0, 1, 10); // an earlier arrival time later in the lane: order time never goes back
        accept(s, 0, 2, 60);
        assertThat(judged).containsExactly("l0@0", "l0@1", "l0@2");
        assertThat(s.waitingCount()).isZero();
    }

    @Test
    void aSignatureWaitsUntilEveryOtherLaneHasPassedItOrReportedItHasReadEverything() {
        Sequencer s = new Sequencer(2, SequencerStore.NONE);
        accept(s, 0, 0, 100);
        assertThat(judged).isEmpty();
        assertThat(s.blockingLane()).hasValue(1);
        accept(s, 1, 0, 50);
        assertThat(judged).containsExactly("l1@0"); // lane 0 is already past 50
        accept(s, 1, 1, 150);
        assertThat(judged).containsExactly("l1@0", "l0@0");
        s.report(new LaneReport(0, 0, true), a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l1@0", "l0@0", "l1@1");
        assertThat(s.waitingCount()).isZero();
    }

    @Test
    void equalArrivalTimesGoByLaneThenPosition() {
        Sequencer s = new Sequencer(2, SequencerStore.NONE);
        accept(s, 1, 0, 100);
        accept(s, 0, 0, 100);
        accept(s, 0, 1, 100);
        s.report(new LaneReport(0, 1, true), a -> judged.add(a.id()));
        s.report(new LaneReport(1, 0, true), a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l0@0", "l0@1", "l1@0");
    }

    @Test
    void aHorizonCanReleaseWhatAQuietLaneHoldsBackAndIsAskedAgainOnRelease() {
        boolean[] laneOneDone = {false};
        Sequencer s = new Sequencer(2, SequencerStore.NONE, (lane, mark, head) -> lane == 1 && laneOneDone[0]);
        accept(s, 0, 0, 100);
        assertThat(judged).isEmpty();
        laneOneDone[0] = true;
        s.release(a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l0@0");
    }

    @Test
    void aRepeatedSignatureIsJudgedOnce() {
        Sequencer s = new Sequencer(1, SequencerStore.NONE);
        accept(s, 0, 0, 1);
        accept(s, 0, 0, 1);
        assertThat(judged).containsExactly("l0@0");
        assertThat(s.ignoredRepeats()).isEqualTo(1);
    }

    @Test
    void aSilentLaneCanBeGivenUpOnAndWhatItSendsLaterIsJudgedAsItComes() {
        Sequencer s = new Sequencer(2, SequencerStore.NONE);
        accept(s, 0, 0, 100);
        s.assumeCaughtUp(1, a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l0@0");
        accept(s, 1, 0, 10); // late: judged on arrival once lane 0 is past it
        assertThat(judged).containsExactly("l0@0", "l1@0");
    }

    @Test
    void aLaneBeyondTheKnownOnesJoinsWhenItSpeaks() {
        Sequencer s = new Sequencer(1, SequencerStore.NONE);
        accept(s, 2, 0, 100);
        assertThat(judged).isEmpty(); // lanes 0 and 1 are now waited for too
        s.report(new LaneReport(0, -1, true), a -> judged.add(a.id()));
        s.report(new LaneReport(1, -1, true), a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l2@0");
    }

    @Test
    void aRestartedSequencerResumesFromItsStoreWithTheSameOrder() {
        MapStore store = new MapStore();
        Sequencer before = new Sequencer(2, store);
        before.accept(sig(0, 0, 100), a -> judged.add(a.id()));
        before.accept(sig(0, 1, 200), a -> judged.add(a.id()));
        before.accept(sig(1, 0, 150), a -> judged.add(a.id()));
        assertThat(judged).containsExactly("l0@0", "l1@0"); // lane 0 is past 150 already

        Sequencer after = new Sequencer(2, store);
        assertThat(after.waitingCount()).isEqualTo(1); // l0@1 waits for lane 1 to pass 200
        after.accept(sig(1, 1, 300), a -> judged.add(a.id()));
        after.accept(sig(0, 1, 200), a -> judged.add(a.id())); // sent again after the restart: ignored
        assertThat(judged).containsExactly("l0@0", "l1@0", "l0@1");
        assertThat(after.ignoredRepeats()).isEqualTo(1);
    }

    /** A store that keeps what it is given, as the stream's changelogged stores do. */
    static final class MapStore implements SequencerStore {
        final Map<OrderKey, ArticleSignature> waiting = new TreeMap<>();
        final Map<Integer, LaneMark> lanes = new TreeMap<>();

        @Override
        public void load(BiConsumer<OrderKey, ArticleSignature> w, BiConsumer<Integer, LaneMark> l) {
            waiting.forEach(w);
            lanes.forEach(l);
        }

        @Override
        public void waiting(OrderKey key, ArticleSignature signature) {
            waiting.put(key, signature);
        }

        @Override
        public void released(OrderKey key) {
            waiting.remove(key);
        }

        @Override
        public void lane(int lane, LaneMark mark) {
            lanes.put(lane, mark);
        }
    }
}
