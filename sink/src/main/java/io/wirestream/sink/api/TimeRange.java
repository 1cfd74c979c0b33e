package io.wirestream.sink.api;

import java.time.LocalDate;

/** An inclusive range of UTC days; open ends are the widest dates the databases agree on. */
public record TimeRange(LocalDate from, LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public TimeRange {
        from = from == null ? EARLIEST : from;
        to = to == null ? LATEST : to;
        if (to.isBefore(from)) {
            throw new BadRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public static TimeRange all() {
        return new TimeRange(null, null);
    }
}
