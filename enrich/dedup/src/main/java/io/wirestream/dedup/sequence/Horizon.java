package io.wirestream.dedup.sequence;

/**
 * Whether a lane has nothing left that could sort before a waiting signature: what lets the sequencer stop waiting
 * for a quiet lane. Asked each time the sequencer looks, so an answer may change as the world does.
 */
@FunctionalInterface
public interface Horizon {

    /**
     * @param lane the lane asked about
     * @param mark what the sequencer knows of it
     * @param head the first waiting signature's place in the order
     * @return whether the lane can no longer send anything that sorts before {@code head}
     */
    boolean readToEnd(int lane, LaneMark mark, OrderKey head);

    /** The lane's own word: its last report said it had read everything (and it has sent nothing since). */
    Horizon REPORTED = (lane, mark, head) -> mark.caughtUp();
}
