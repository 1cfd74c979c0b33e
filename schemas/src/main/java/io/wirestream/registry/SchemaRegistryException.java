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
}
