package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.AcronymDefinitions;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * One name written in its own language and translated word for word into English: "the Institut National de
 * Géophysique ... the National Institute of Geophysics", "the Forces Armées Royales ... the Royal Armed Forces",
 * "the Ministerio Público, or Public Ministry". Every naming word of the one pairs with its own naming word of the
 * other that is the same word or begins alike (cognates: "Institut"/"Institute", "Armées"/"Armed",
 * "Haïti"/"Haitian"), or that the lexicon's translations give ("Ejército de Liberación Nacional ... National
 * Liberation Army", "Praça dos Três Poderes ... Three Powers Square"), in any order, since adjectives move. One of the
 * two must be written in another language (a letter with a mark, a function word English has not, or a word the
 * translations list) and the other not; two English names with the same words in another order are left apart. A name
 * in another language may keep lower-case words ("Nouveau Front populaire") and may have been read as a person's
 * ("Jawa Timur ... East Java") when a translated word shows it is not. {@link TranslatedHeads} reads the looser case
 * where only the heads are translated.
 *
 * <p>Hand-written: a pairing of at most six words a side, for the few foreign names of one article.
 */
final class CognateNames {
    /** No name of this kind is longer. */
    private static final int MAX_WORDS = 6;
    /** Cognates share their first letters: at least this many, and at least {@link #SHARE_TENTHS} of the shorter. */
    private static final int MIN_PREFIX = 4;
    private static final int SHARE_TENTHS = 6;
    /** Words this long may differ in one letter ("Nacional"/"National"). */
    private static final int ONE_EDIT_FROM = 6;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at",
            "to", "with");

    private static final Lexicon LEXICON = Lexicon.get();

    private CognateNames() {
    }

    static void merge(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        List<Name> foreign = null;
        List<Name> english = null;
        for (Candidate c : all) {
            if (c.tokenCount() < 2) {
                continue; // one word is never a Name (two naming words at least): most mentions, no need to build one
            }
            Name n = eligible(c) && (c.type != EntityType.PERSON || anyTranslated(tt, c)) ? Name.of(tt, c) : null;
            if (n == null || c.type == EntityType.PERSON && !(n.foreign && n.translated)) {
                continue; // a person's name is one only when no word of it is a translated institution's
            }
            if (n.foreign) {
                foreign = add(foreign, n);
            } else {
                english = add(english, n);
            }
        }
        if (english == null) {
            return;
        }
        // "Tribunal Constitucional ... Constitutional Tribunal": a name with a word no English dictionary holds and one
        // whose words all are, unmarked either of them
        for (Name x : english) {
            for (Name y : english) {
                if (x != y && !x.allEnglish && y.allEnglish && x.words.length == y.words.length
                        && !x.c.key.equals(y.c.key) && !(x.c.kb != null && y.c.kb != null)
                        && x.c.type != EntityType.PERSON && y.c.type != EntityType.PERSON
                        && pairs(x.words, y.words, 0, new boolean[y.words.length])) {
                    uf.union(x.c.key, y.c.key);
                }
            }
        }
        if (foreign == null) {
            return;
        }
        for (Name f : foreign) {
            for (Name e : english) {
                if (e.c.type != EntityType.PERSON && f.words.length == e.words.length && !(f.c.kb != null && e.c.kb != null)
                        && !f.c.key.equals(e.c.key) && pairs(f.words, e.words, 0, new boolean[e.words.length])) {
                    uf.union(e.c.key, f.c.key);
                }
            }
        }
    }

    /** Cheap first look for people's names: most have no word the translations list holds. */
    private static boolean anyTranslated(TokenizedText tt, Candidate c) {
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            if (LEXICON.hasTranslation(tt.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<Name> add(List<Name> list, Name n) {
        List<Name> out = list == null ? new ArrayList<>(4) : list;
        out.add(n);
        return out;
    }

    private static boolean eligible(Candidate c) {
        return (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION
                || c.type == EntityType.PERSON && c.kb == null) && c.tokenCount() <= 2 * MAX_WORDS;
    }

    /** Whether the words from {@code i} on pair one to one with the unused words of {@code other}. */
    private static boolean pairs(String[] words, String[] other, int i, boolean[] used) {
        if (i == words.length) {
            return true;
        }
        for (int j = 0; j < other.length; j++) {
            if (!used[j] && (cognate(words[i], other[j]) || translates(words[i], other[j])
                    || translates(other[j], words[i]))) {
                used[j] = true;
                if (pairs(words, other, i + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    /** The lexicon translates {@code word} to {@code english} or a word that begins like it ("poderes": powers). */
    private static boolean translates(String word, String english) {
        String[] meanings = LEXICON.englishFor(word);
        if (meanings != null) {
            for (String m : meanings) {
                if (cognate(m, english)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean cognate(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix >= MIN_PREFIX && prefix * 10 >= SHARE_TENTHS * shorter) {
            return true;
        }
        return shorter >= ONE_EDIT_FROM && Math.abs(a.length() - b.length()) <= 1 && oneEdit(a, b, prefix);
    }

    /** One letter changed, added or dropped, given that the first {@code prefix} letters are the same. */
    private static boolean oneEdit(String a, String b, int prefix) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int skip = longer.length() == shorter.length() ? 1 : 0;
        return longer.regionMatches(prefix + 1, shorter, prefix + skip, shorter.length() - prefix - skip);
    }

    /**
     * A candidate's naming words (folded), whether it is written in another language, whether the lexicon translates one
     * of its words, and whether every naming word is an ordinary English word.
     */
    private record Name(Candidate c, String[] words, boolean foreign, boolean translated, boolean allEnglish) {

        /**
         * Null when the name has fewer than two naming words, or holds a lower-case word that is no function word and
         * is not written in another language.
         */
        static Name of(TokenizedText tt, Candidate c) {
            List<String> words = new ArrayList<>(MAX_WORDS);
            boolean foreign = false;
            boolean translated = false;
            boolean lowerCase = false;
            boolean allEnglish = true;
            for (int k = c.firstToken; k <= c.lastToken; k++) {
                Token t = tt.get(k);
                boolean function = AcronymDefinitions.FUNCTION_WORDS.contains(t.fold);
                if (function) {
                    foreign |= !ENGLISH_FUNCTION_WORDS.contains(t.fold);
                } else if (ezafe(tt, k)) {
                    foreign = true; // "Sazman-e Enerji-ye Atomi-ye Iran": Persian's joining syllable
                } else if (t.numeric || t.allCaps) {
                    return null;
                } else {
                    words.add(t.fold);
                    foreign |= marked(tt.text(), t.start, t.end);
                    boolean english = LEXICON.isCommonWord(t);
                    if (!english && LEXICON.hasTranslation(t)) {
                        foreign = translated = true;
                    }
                    lowerCase |= !t.capitalised;
                    allEnglish &= english;
                }
            }
            return words.size() < 2 || words.size() > MAX_WORDS || lowerCase && !foreign ? null
                    : new Name(c, words.toArray(new String[0]), foreign, translated, allEnglish);
        }

        /** "-ye" glued to a word ("Enerji-ye"); "-e" is a function word, read before this. */
        private static boolean ezafe(TokenizedText tt, int k) {
            Token t = tt.get(k);
            return k > 0 && !t.capitalised && t.fold.equals("ye") && tt.gapIs(k, "-");
        }

        /** A letter outside ASCII in {@code text[from, to)}; read in place, not from a substring of every word. */
        private static boolean marked(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) > 0x7f && Character.isLetter(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
