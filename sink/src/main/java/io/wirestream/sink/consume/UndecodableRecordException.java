package io.wirestream.sink.consume;

/** A record whose bytes cannot be read as what its topic carries; the message says why. */
public class UndecodableRecordException extends IllegalArgumentException {

    public UndecodableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
