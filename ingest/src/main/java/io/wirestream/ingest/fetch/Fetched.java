package io.wirestream.ingest.fetch;

import java.net.URI;

/**
 * What a GET answered: 200 with the body (already un-gzipped), or 304 (no body). {@code uri} is where the answer
 * came from after redirects; {@code etag} and {@code lastModified} are the validators for the next conditional GET.
 */
public record Fetched(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
