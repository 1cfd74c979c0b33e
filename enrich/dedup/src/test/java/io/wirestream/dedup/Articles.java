package io.wirestream.dedup;

import java.time.Instant;

/** Short hand-written texts for the deduplicator tests. */
final class Articles {

    static final long T0 = Instant.parse("2025-10-13T08:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    static final String STRIKE = """
            Dock workers at the port of Valmora walked off the job on Monday, stranding more than forty container \
            ships and halting most cargo traffic at the country's second-largest port.
            The Valmora Dockers' Union said about 3,200 members had joined the 48-hour stoppage after wage talks \
            with the port authority collapsed late on Sunday. The union wants a 9 percent raise over two years.
            The port authority said its offer of 5.5 percent was the highest in a decade and accused the union of \
            putting fruit exporters at risk in their busiest season.
            Exporters warned that perishable cargo worth 30 million euros could spoil if the stoppage lasted \
            beyond Wednesday, and several shipping lines diverted vessels to the port of Castrel.""";

    /** The same story, retitled lead and an extra closing paragraph. */
    static final String STRIKE_EDITED = """
            More than forty container ships were stranded at Valmora on Monday as dock workers walked out, \
            halting most cargo traffic at the country's second-largest port.
            The Valmora Dockers' Union said about 3,200 members had joined the 48-hour stoppage after wage talks \
            with the port authority collapsed late on Sunday. The union wants a 9 percent raise over two years.
            The port authority said its offer of 5.5 percent was the highest in a decade and accused the union of \
            putting fruit exporters at risk in their busiest season.
            Exporters warned that perishable cargo worth 30 million euros could spoil if the stoppage lasted \
            beyond Wednesday, and several shipping lines diverted vessels to the port of Castrel.
            The transport ministry called both sides to mediation on Tuesday.""";

    static final String QUAKE = """
            A magnitude 5.9 earthquake struck the mountainous Karsten province before dawn on Tuesday, killing \
            at least 14 people and injuring more than 200, the national disaster agency said.
            Most of the victims were in three villages south of Orvik, where old stone houses collapsed. Rescue \
            teams with dogs searched the rubble for nine people reported missing.
            Schools across the province were closed for the rest of the week.""";

    private Articles() {
    }

    static DedupInput input(String id, String text, long eventTime) {
        return new DedupInput(id, "test", "title of " + id, text, eventTime);
    }
}
