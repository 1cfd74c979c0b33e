package io.wirestream.sink.consume;

/**
 * The schema registry could not answer (unreachable, or a 5xx): the record may be fine, so it is retried
 * later rather than dead-lettered.
 */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
