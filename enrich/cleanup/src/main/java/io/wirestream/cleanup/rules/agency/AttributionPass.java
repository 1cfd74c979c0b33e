package io.wirestream.cleanup.rules.agency;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.patterns.PatternSet;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.WordIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributions the translating agency inserted at the start of a sentence ("According to RCO News
 * Agency, according to these officials, ..."). They are flagged by default; with
 * {@code cleanup.attribution.remove=true} they are cut and the next word is capitalised.
 */
public final class AttributionPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("attribution.prefix", Scope.ENGLISH,
            "Flags agency attributions inserted at a sentence start; removes them when cleanup.attribution.remove=true.",
            "According to RCO News Agency, according to these officials, ... -> (flag) or According to these officials, ...");

    private static final int MAX_ATTRIBUTION = 120;

    private final PatternSet patterns;
    private final boolean remove;

    /** For two ASCII letters (case folded): could an attribution start with them? Asked of the regex itself. */
    private final boolean[] canStartWith = new boolean[26 * 26];

    /** How deep {@link #openings} follows a sentence's first characters, and the most nodes it may hold. */
    private static final int OPENING_DEPTH = 7;
    private static final int MAX_OPENING_NODES = 8192;
    /** Symbols of the opening trie: the 26 ASCII letters, case folded, the space, the period and the apostrophe. */
    private static final String MARKS = " .'";
    private static final int SYMBOLS = 26 + MARKS.length();
    private static final int DEAD = -1;

    /**
     * The openings (case-folded ASCII letters, spaces, periods and apostrophes) an attribution can begin with, as
     * a trie asked of the regex itself: {@code openings[node * SYMBOLS + symbol]} is the next node, or
     * {@link #DEAD} when no text beginning so can match. Most sentences start with "The", which an attribution
     * may ("The IRNA reported"); the regex then tries every agency name at every such sentence, while the trie
     * drops "The minister" at "the min" unless some agency starts so. Null when the pattern has a case-sensitive
     * part: folding the case would then not be exact.
     */
    private final int[] openings;

    public AttributionPass(PatternSet patterns, boolean remove) {
        this.patterns = patterns;
        this.remove = remove;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                Matcher m = patterns.attribution().matcher(new String(new char[] {a, b}));
                // no match on two letters, yet the matcher ran out of input: more text could complete it
                canStartWith[(a - 'a') * 26 + (b - 'a')] = m.lookingAt() || m.hitEnd();
            }
        }
        openings = patterns.attribution().pattern().contains("(?-i") ? null : openingTrie(patterns.attribution());
    }

    /**
     * Builds {@link #openings} breadth first. A prefix on which the matcher neither matches nor reads to the end
     * of its input fails the same way whatever follows it, so its subtree is dead. Nodes at the depth limit (or
     * past the size limit) have no children: any continuation is left to the regex.
     */
    private static int[] openingTrie(Pattern attribution) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        int[] next = new int[SYMBOLS * 64];
        for (int node = 0; node < prefixes.size(); node++) {
            String prefix = prefixes.get(node);
            if (next.length < (node + 1) * SYMBOLS) {
                next = Arrays.copyOf(next, next.length * 2);
            }
            boolean leaf = prefix.length() == OPENING_DEPTH || prefixes.size() + SYMBOLS > MAX_OPENING_NODES;
            for (int sym = 0; sym < SYMBOLS; sym++) {
                if (leaf) {
                    next[node * SYMBOLS + sym] = node; // stays on this node: the walk stops at the depth limit
                    continue;
                }
                String longer = prefix + (sym < 26 ? (char) ('a' + sym) : MARKS.charAt(sym - 26));
                Matcher m = attribution.matcher(longer);
                if (m.lookingAt() || m.hitEnd()) {
                    next[node * SYMBOLS + sym] = prefixes.size();
                    prefixes.add(longer);
                } else {
                    next[node * SYMBOLS + sym] = DEAD;
                }
            }
        }
        return Arrays.copyOf(next, prefixes.size() * SYMBOLS);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        if (!remove || ctx.isTitle()) {
            return;
        }
        String s = ctx.text();
        forEachMatch(ctx, (start, end) -> {
            int next = end;
            while (next < s.length() && Chars.isHorizontalSpace(s.charAt(next))) {
                next++;
            }
            if (next < s.length() && Chars.isLetter(s.charAt(next))) {
                out.replace(RULE.id(), start, next + 1, String.valueOf(Character.toUpperCase(s.charAt(next))));
            }
        });
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        if (remove || ctx.isTitle()) {
            return;
        }
        forEachMatch(ctx, (start, end) -> out.flag(RULE.id(), start, end));
    }

    /** Calls back with each attribution's [start, end) (end after its comma), tried at sentence starts only. */
    private void forEachMatch(PassContext ctx, BiConsumer<Integer, Integer> found) {
        String s = ctx.text();
        WordIndex words = ctx.words();
        Matcher m = patterns.attribution().matcher(s);
        m.useTransparentBounds(false);
        int n = s.length();
        int after = 0;
        // an attribution opens with a capital: only capitalised words are tried
        for (int c = 0; c < words.capitalCount(); c++) {
            int i = words.start(words.capital(c));
            if (i < after || !mayStart(s, i) || !isSentenceStart(s, i) || !mayOpen(s, i)) {
                continue;
            }
            m.region(i, Math.min(n, i + MAX_ATTRIBUTION));
            if (m.lookingAt()) {
                int end = m.end();
                while (end > i && Chars.isHorizontalSpace(s.charAt(end - 1))) {
                    end--;
                }
                found.accept(i, end);
                after = end;
            }
        }
    }

    private boolean mayStart(String s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        int a = Character.toLowerCase(s.charAt(i)) - 'a';
        int b = Character.toLowerCase(s.charAt(i + 1)) - 'a';
        if (a < 0 || a >= 26 || b < 0 || b >= 26) {
            return true; // not two ASCII letters: let the regex decide
        }
        return canStartWith[a * 26 + b];
    }

    /** False when the characters at {@code i} leave the opening trie: no attribution starts there. */
    private boolean mayOpen(String s, int i) {
        if (openings == null) {
            return true;
        }
        int end = Math.min(s.length(), i + Math.min(OPENING_DEPTH, MAX_ATTRIBUTION));
        int node = 0;
        for (int p = i; p < end; p++) {
            char c = s.charAt(p);
            int sym;
            if (c >= 'a' && c <= 'z') {
                sym = c - 'a';
            } else if (c >= 'A' && c <= 'Z') {
                sym = c - 'A';
            } else {
                int mark = MARKS.indexOf(c);
                if (mark < 0) {
                    return true; // outside the trie's alphabet: the regex decides
                }
                sym = 26 + mark;
            }
            node = openings[node * SYMBOLS + sym];
            if (node == DEAD) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceStart(String s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.charAt(k) == '\u201C' || s.charAt(k) == '"')) {
            k--;
        }
        if (k < 0 || s.charAt(k) == '\n') {
            return true;
        }
        if (!Chars.isHorizontalSpace(s.charAt(k))) {
            return false;
        }
        while (k >= 0 && Chars.isHorizontalSpace(s.charAt(k))) {
            k--;
        }
        return k < 0 || s.charAt(k) == '\n' || Chars.isSentenceEnd(s.charAt(k)) || Chars.isClosingQuote(s.charAt(k));
    }
}
