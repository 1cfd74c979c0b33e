package io.wirestream.cleanup.rules.encoding;

/**
 * The byte a character came from when UTF-8 bytes were decoded as Windows-1252 or Latin-1. The five
 * cp1252 holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as the C1 controls of the same value, which is
 * what Latin-1 and most "best fit" decoders produce.
 */
final class Cp1252 {
    private Cp1252() {}

    private static final char[] HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    /** The byte (0x00-0xFF) that decodes to {@code c}, or -1 if no single byte does. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c; // Latin-1, including the C1 controls a Latin-1 decoder yields for 0x80-0x9F
        }
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** Whether {@code c} can stand for a UTF-8 continuation byte (0x80-0xBF). */
    static int continuationByte(char c) {
        int b = byteOf(c);
        return b >= 0x80 && b <= 0xBF ? b : -1;
    }
}
