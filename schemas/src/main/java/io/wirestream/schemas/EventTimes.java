package io.wirestream.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one reading of an article's {@code publishedAt} (and {@code ingestedAt}) text, shared by ingest, the offline
 * commands and the stream, so a line is dated the same everywhere. Accepted, in this order:
 * <ol>
 *   <li>an ISO-8601 instant or date-time with an offset: {@code 2025-10-13T07:00:00Z}, {@code 2025-10-13T09:00:00+02:00}
 *       (fractions of a second allowed);</li>
 *   <li>an ISO-8601 local date-time, taken as UTC: {@code 2025-10-13T07:00:00}, {@code 2025-10-13T07:00};</li>
 *   <li>a date alone, midnight UTC: {@code 2025-10-13};</li>
 *   <li>RFC 1123, as RSS feeds write it: {@code Mon, 13 Oct 2025 07:00:00 GMT}, {@code 13 Oct 2025 09:00:00 +0200}.</li>
 * </ol>
 * A space instead of the {@code T} is accepted. Anything else is refused, naming the forms.
 */
public final class EventTimes {

    public static final String ACCEPTED = "an ISO-8601 instant or date-time (2025-10-13T07:00:00Z, with an offset, "
            + "or local and taken as UTC), a date (2025-10-13) or RFC 1123 (Mon, 13 Oct 2025 07:00:00 GMT)";

    private EventTimes() {
    }

    /** The instant {@code text} names; null for null or blank text; an unreadable one is refused naming the forms. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "unreadable date-time '" + text.strip() + "': expected " + ACCEPTED));
    }

    /** The instant {@code text} names, or empty when it is blank or in none of the accepted forms. */
    public static Optional<Instant> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > 64) {
            return Optional.empty();
        }
        String iso = value.length() > 10 && value.charAt(10) == ' ' && Character.isDigit(value.charAt(0))
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notDate) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }
}
