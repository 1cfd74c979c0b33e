package io.wirestream.sink.api;

/** A request the API cannot answer as asked; the message says which parameter and why (HTTP 400). */
public class BadRequestException extends IllegalArgumentException {

    public BadRequestException(String message) {
        super(message);
    }
}
