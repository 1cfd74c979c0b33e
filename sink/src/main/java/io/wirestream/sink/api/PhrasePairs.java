package io.wirestream.sink.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The adjacent word pairs a full-text query requires (V7's {@code pair_buckets}), from the text form of
 * {@code querytree(websearch_to_tsquery(...))}: {@code 'harbour' <-> 'bridge' & 'storm'} gives {@code harbour bridge}.
 * Every article matching the query holds every one of these pairs, so the pair index can narrow the candidates
 * before positions are checked.
 *
 * <p>Only a plain conjunction is read (lexemes, {@code <->}, {@code <N>}, {@code &}): an {@code or}, a group or
 * anything else unexpected gives no pairs, and the search takes its general path, which is always correct. The
 * text form is PostgreSQL's own output, not user input, so a small reader is enough; no library parses it.
 */
final class PhrasePairs {

    private PhrasePairs() {
    }

    /** The pairs ("first second"), or none when the query holds no adjacent pair or is not a plain conjunction. */
    static List<String> of(String querytree) {
        if (querytree == null) {
            return List.of();
        }
        Set<String> pairs = new LinkedHashSet<>();
        String previous = null;      // the lexeme just read
        boolean adjacent = false;    // whether "<->" came after it
        int i = 0;
        int length = querytree.length();
        while (i < length) {
            char c = querytree.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                i++;
                while (true) {
                    if (i >= length) {
                        return List.of();
                    }
                    char d = querytree.charAt(i);
                    if (d == '\'' && i + 1 < length && querytree.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else if (d == '\\' && i + 1 < length) {
                        lexeme.append(querytree.charAt(i + 1));
                        i += 2;
                    } else {
                        lexeme.append(d);
                        i++;
                    }
                }
                if (i < length && querytree.charAt(i) == ':') {
                    return List.of(); // prefix or weight marks: not what websearch_to_tsquery writes
                }
                String word = lexeme.toString();
                if (adjacent && previous != null) {
                    pairs.add(previous + " " + word);
                }
                previous = word;
                adjacent = false;
            } else if (querytree.startsWith("<->", i)) {
                adjacent = true;
                i += 3;
            } else if (c == '<') {
                int close = querytree.indexOf('>', i);
                if (close < 0 || !querytree.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    return List.of();
                }
                adjacent = false; // words further apart: both required, but not as a pair
                i = close + 1;
            } else if (c == '&') {
                previous = null;
                adjacent = false;
                i++;
            } else {
                return List.of(); // '|', '!', a group, the empty query 'T'
            }
        }
        return List.copyOf(pairs);
    }
}
