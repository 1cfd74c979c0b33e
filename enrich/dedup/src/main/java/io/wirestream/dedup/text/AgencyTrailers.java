package io.wirestream.dedup.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes agency trailers from the end of a text: "end of message / RCO NEWS / RCO", "(Reporting by ...;
 * Editing by ...)", copyright lines, separators. Outlets add, drop and swap these freely, so they must not
 * count as content. Only trailing lines are examined, and only short ones, so the cost is linear in the text
 * and a 10 MB single line is never fed to a regular expression.
 */
public final class AgencyTrailers {

    /** Trailer lines are short; anything longer is content. */
    private static final int MAX_TRAILER_LINE = 160;

    private static final List<Pattern> LINE_PATTERNS = List.of(
            Pattern.compile("(?i)end of (the )?(message|report|story|text|news)[.!]?"),
            Pattern.compile("(?i)[-\u2014\u2013\\s]*ends?[-\u2014\u2013\\s]*"),
            Pattern.compile("(?i)\\(?\\s*((additional )?reporting|writing|editing|compiled|translated|translation)"
                    + " by\\b.*"),
            Pattern.compile("(?i)(\u00a9|\\(c\\)|copyright\\b).*"),
            Pattern.compile("(?i)all rights reserved\\.?"),
            Pattern.compile("[-_*#=~\u2014\u2013.\\s]+"),
            // an all-capitals agency tag of a few words: "RCO NEWS", "RCO", "IRNA"
            Pattern.compile("[\\p{Lu}][\\p{Lu}\\p{Nd}&/.\\-]*(\\s+[\\p{Lu}\\p{Nd}&/.\\-]+){0,3}"));

    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile(
            "(?i)\\(\\s*((additional )?reporting|writing|editing|compiled|translated) by\\b[^()]*\\)\\s*$");

    private AgencyTrailers() {
    }

    /** The text without its trailer lines (and without a trailing "(Reporting by ...)" parenthetical). */
    public static String strip(String text) {
        int end = text.length();
        while (end > 0) {
            int lineStart = lastLineStart(text, end);
            String line = text.substring(lineStart, end).strip();
            if (line.isEmpty() || (line.length() <= MAX_TRAILER_LINE && isTrailerLine(line))) {
                end = lineStart == 0 ? 0 : lineStart - 1;
                continue;
            }
            break;
        }
        String kept = text.substring(0, end);
        if (!endsWithClosingBracket(kept)) {
            return kept;
        }
        int tailFrom = Math.max(0, kept.length() - MAX_TRAILER_LINE);
        var tail = TRAILING_PARENTHETICAL.matcher(kept).region(tailFrom, kept.length());
        return tail.find() ? kept.substring(0, tail.start()) : kept;
    }

    private static boolean endsWithClosingBracket(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ')';
            }
        }
        return false;
    }

    static boolean isTrailerLine(String line) {
        for (Pattern p : LINE_PATTERNS) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int lastLineStart(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return 0;
    }
}
