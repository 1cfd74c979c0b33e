package io.wirestream.registry;

/**
 * A failed registry call. {@link #status()} is the HTTP status (0 when the registry could not be reached) and
 * {@link #errorCode()} the Confluent error code from the response body (e.g. 40401 subject not found,
 * 40403 schema not found, 409 incompatible, 42201 invalid schema), or -1 when there was none.
 */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isIncompatible() {
        return status == 409;
    }

    public boolean isInvalidSchema() {
        return status == 422;
    }

    public boolean isUnreachable() {
        return status == 0;
    }

    /**
     * Whether the failure is the registry's state rather than the request's: unreachable, a server error, a timeout
     * or throttling. Such a call is worth repeating later; a record that needed it is not at fault.
     */
    public boolean isTransient() {
        return isUnreachable() || status >= 500 || status == 408 || status == 429;
    }

    /** The transient registry failure in {@code error}'s cause chain, if there is one. */
    public static java.util.Optional<SchemaRegistryException> transientCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.isTransient()) {
                return java.util.Optional.of(registry);
            }
        }
        return java.util.Optional.empty();
    }
}
