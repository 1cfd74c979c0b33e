package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.AcronymDefinitions;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * One name written in English and in its own language, with the same naming words and a head that begins alike, first
 * or last: "Gadjah Mada University ... Universitas Gadjah Mada", "the Olmeca refinery ... Refinería Olmeca", "Litoral
 * Penitentiary ... Penitenciaría del Litoral". One of the two heads must be an English head word; "Gadjah Mada
 * Hospital" is another name.
 */
final class TranslatedHeads {
    /** Heads of one name in two languages begin alike: "University"/"Universitas", "refinery"/"Refinería". */
    private static final int COGNATE_LETTERS = 4;
    /** No name of this kind is longer. */
    private static final int MAX_WORDS = 6;
    private static final Lexicon LEXICON = Lexicon.get();

    private TranslatedHeads() {
    }

    static void merge(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        // first the names with an English head, so the rest is looked at only when one of them begins like its head
        Map<String, Candidate> byNamingWords = null;
        Map<String, String> headOf = null;
        Set<String> headStarts = null;
        List<Integer> words = new ArrayList<>(MAX_WORDS + 1);
        for (Candidate c : all) {
            if (!eligible(c) || !namingWords(tt, c, words)) {
                continue;
            }
            for (int h : ends(words)) {
                Token head = tt.get(h);
                if (head.fold.length() > COGNATE_LETTERS && englishHead(head)) {
                    if (byNamingWords == null) {
                        byNamingWords = new HashMap<>(8);
                        headOf = new HashMap<>(8);
                        headStarts = new HashSet<>(8);
                    }
                    String key = key(tt, words, h);
                    byNamingWords.putIfAbsent(key, c);
                    headOf.putIfAbsent(key, head.fold);
                    headStarts.add(head.fold.substring(0, COGNATE_LETTERS));
                }
            }
        }
        if (byNamingWords == null) {
            return;
        }
        for (Candidate c : all) {
            if (!eligible(c) || !namingWords(tt, c, words)) {
                continue;
            }
            for (int h : ends(words)) {
                Token head = tt.get(h);
                if (head.fold.length() <= COGNATE_LETTERS || englishHead(head)
                        || !headStarts.contains(head.fold.substring(0, COGNATE_LETTERS))) {
                    continue;
                }
                String key = key(tt, words, h);
                Candidate english = byNamingWords.get(key);
                if (english != null && !headOf.get(key).equals(head.fold) && !english.key.equals(c.key)) {
                    uf.union(english.key, c.key);
                }
            }
        }
    }

    private static boolean eligible(Candidate c) {
        return c.kb == null && c.type != EntityType.DATE && c.tokenCount() <= MAX_WORDS;
    }

    private static boolean englishHead(Token t) {
        return LEXICON.orgHeads.contains(t) || LEXICON.locHeads.contains(t);
    }

    /** The first and last naming word, either of which may be the head. */
    private static int[] ends(List<Integer> words) {
        return new int[] {words.get(0), words.get(words.size() - 1)};
    }

    /** The naming words but the head, sorted, and the head's first letters. */
    private static String key(TokenizedText tt, List<Integer> words, int head) {
        List<String> naming = new ArrayList<>(words.size());
        for (int k : words) {
            if (k != head) {
                naming.add(tt.get(k).fold);
            }
        }
        naming.sort(null);
        return String.join(" ", naming) + "|" + tt.get(head).fold.substring(0, COGNATE_LETTERS);
    }

    /**
     * The name's capitalised words into {@code words}, and a lower-case site head right after it ("the Olmeca refinery");
     * false when it holds a lower-case word that is neither a function word ("del", "of") nor the end of a hyphenated
     * word ("Laki-laki"), or has fewer than two such words.
     */
    private static boolean namingWords(TokenizedText tt, Candidate c, List<Integer> words) {
        words.clear();
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            Token t = tt.get(k);
            boolean function = AcronymDefinitions.FUNCTION_WORDS.contains(t.fold);
            if (t.capitalised && !function) {
                words.add(k);
            } else if (t.capitalised || !function && !tt.gapIs(k, "-")) {
                return false;
            }
        }
        int after = c.lastToken + 1;
        if (after < tt.size() && !tt.get(after).breakBefore && !tt.get(after).capitalised
                && LEXICON.siteHeads.contains(tt.get(after))) {
            words.add(after);
        }
        return words.size() >= 2;
    }
}
