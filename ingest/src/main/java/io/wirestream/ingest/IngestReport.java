package io.wirestream.ingest;

import java.util.List;

/**
 * What one ingest run did: articles read and produced, sends that failed, articles whose publishedAt lay outside
 * the valid event-time range (produced with the ingest time as record timestamp), articles sent a second time after
 * the producer gave up on the first send, and every skipped input.
 */
public record IngestReport(long read, long produced, long failed, long clamped, long resent,
                           List<InputProblem> problems) {

    public String summary() {
        return "read " + read + ", produced " + produced + ", failed " + failed + ", skipped " + problems.size()
                + (clamped > 0 ? ", " + clamped + " with publishedAt out of range (ingest time as record timestamp)" : "")
                + (resent > 0 ? ", " + resent + " sent a second time after a broker outage" : "");
    }
}
