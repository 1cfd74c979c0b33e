package io.wirestream.cleanup.patterns;

/** The kinds of line a pattern file may hold, by the key that starts the line ("agency: RCO News"). */
public enum PatternKind {
    /** An agency name; alone on a last line it is a trailer, and it fills {agency} in other patterns. */
    AGENCY("agency"),
    /** A whole last line that closes the wire copy ("end of message"). */
    END_MARKER("end-marker"),
    /** A whole last line, or the tail of the last line, holding a desk code ("/ 1010 /"). */
    NEWS_CODE("news-code"),
    /** A whole last line crediting a source ("Source: IRNA"). */
    FOOTER_LINE("footer-line"),
    /** An inserted attribution at the start of a sentence ("According to RCO News Agency,"). */
    ATTRIBUTION("attribution"),
    /**
     * A desk line: editors' initials, a desk code with editors' names, a wire code between markers
     * ("K.R / T.M", "QNA/Name Surname", "**5521**"); a whole line anywhere but the first, or the tail of a line
     * after its last sentence.
     */
    DESK_LINE("desk-line");

    private final String key;

    PatternKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static PatternKind byKey(String key) {
        for (PatternKind k : values()) {
            if (k.key.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return null;
    }
}
