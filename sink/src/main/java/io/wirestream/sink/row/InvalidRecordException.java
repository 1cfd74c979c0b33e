package io.wirestream.sink.row;

/** A record the sink can read but will not store; the message names the field and the reason. */
public class InvalidRecordException extends IllegalArgumentException {

    public InvalidRecordException(String message) {
        super(message);
    }
}
