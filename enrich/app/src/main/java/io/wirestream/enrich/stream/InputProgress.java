package io.wirestream.enrich.stream;

/**
 * Whether a task has read its articles.raw partition to the end: what lets the judging task stop waiting for a
 * quiet partition (a lane that has read everything cannot send an earlier article, until more arrives).
 */
public interface InputProgress {

    /**
     * @param partition     the articles.raw partition
     * @param lastProcessed the last offset this task processed since it started, -1 before any
     */
    boolean caughtUp(int partition, long lastProcessed);

    /** Never caught up: a lane then holds the others back until its next article (tests with one partition). */
    InputProgress UNKNOWN = (partition, lastProcessed) -> false;
}
