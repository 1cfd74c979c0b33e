package io.wirestream.local.process;

/** A local process exited early or did not become ready in time; the message carries the tail of its log. */
public final class StartupFailedException extends IllegalStateException {

    public StartupFailedException(String message) {
        super(message);
    }

    public StartupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
