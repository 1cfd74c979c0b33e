package io.wirestream.sink.row;

/**
 * The bounds of the bounded columns (see V1__create_tables.sql), checked before writing so that a too-long
 * value is reported with its field name rather than as a vendor-specific database error.
 */
final class Limits {

    static final int ID = io.wirestream.schemas.RecordLimits.MAX_ID_CHARS;
    static final int SOURCE = io.wirestream.schemas.RecordLimits.MAX_SOURCE_CHARS;
    static final int LANGUAGE = 35;
    static final int FINGERPRINT = 200;
    static final int PIPELINE_VERSION = 200;
    static final int ENTITY_NAME = 2000;
    static final int METHOD = 32;
    static final int DATE_VALUE = 100;

    private Limits() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException(field + " is missing or blank");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRecordException(field + " is " + value.length() + " characters long; at most " + max
                    + " are stored");
        }
        return StorableText.of(value);
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidRecordException(field + " is not a finite number: " + value);
        }
        return value;
    }
}
