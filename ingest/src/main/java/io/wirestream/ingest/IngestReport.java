package io.wirestream.ingest;

import java.util.List;

/** What one ingest run did: articles read and produced, sends that failed, and every skipped input. */
public record IngestReport(long read, long produced, long failed, List<InputProblem> problems) {

    public String summary() {
        return "read " + read + ", produced " + produced + ", failed " + failed + ", skipped " + problems.size();
    }
}
