package io.wirestream.sink.api;

/** A request to a protected endpoint without the configured bearer token (HTTP 401). */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
