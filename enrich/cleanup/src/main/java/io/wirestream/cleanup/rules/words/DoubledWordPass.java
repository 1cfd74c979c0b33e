package io.wirestream.cleanup.rules.words;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.WordIndex;
import io.wirestream.cleanup.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the the" -> "the". The repeat must be lower case (so names such as "Bora Bora" or "Sirhan Sirhan" are
 * safe), the words separated by spaces only, and the word not one English legitimately doubles ("had
 * had", "that that", "is is", "her her"). Inside quotations a doubled word may be the speaker's own
 * ("I I don't know"), so there only doubled articles and prepositions are removed; others are flagged.
 */
public final class DoubledWordPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("words.doubled", Scope.ENGLISH,
            "Removes an accidentally repeated word (\"the the\"), keeping legitimate pairs such as \"had had\".",
            "the the officials -> the officials", "He had had enough -> unchanged");
    public static final RuleSpec VERB = RuleSpec.of("words.doubled-verb", Scope.ENGLISH,
            "Removes a repeated auxiliary verb (\"is is\", \"was was\", \"has has\"), unless a \"what\"/\"all\" clause"
                    + " makes it English (\"What it is is a start\"); \"had had\" is never touched.",
            "the minister is is expected -> the minister is expected", "What it is is a truce -> unchanged");

    /** Words English doubles on purpose, and reduplications common in quotes. */
    private static final Set<String> LEGITIMATE = Set.of("had", "that", "her", "do", "does", "did", "so", "no",
            "yes", "now", "there", "well", "very", "bye", "knock", "chop", "tut", "hush", "pom", "mahi", "blah", "bla",
            "yada", "ha", "ho", "boo", "dum", "can", "go", "far", "more", "many", "long", "night", "tick", "tom",
            "cha", "choo", "wah", "bang", "pooh", "mama", "papa", "baba", "gaga", "again", "on", "fifty", "half",
            "too", "ever", "tsk", "ooh", "la", "aye",
            "nay", "hear", "yeah", "oh", "uh", "um", "hmm", "really", "much", "way", "boom", "bling", "yum", "hip",
            "ding", "murmur", "puff", "tom-tom", "dik", "ylang", "wagga", "walla", "bora", "pago", "baden", "sing");

    /**
     * Auxiliaries that double only as a slip, except after a free relative clause ("what it is is", "all he
     * has has gone"), which {@link #afterFreeRelative} recognises.
     */
    private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "has", "have", "been", "be",
            "will", "would", "should", "could", "must", "shall");
    private static final Set<String> FREE_RELATIVES = Set.of("what", "whatever", "all", "whoever", "everything");
    private static final int FREE_RELATIVE_REACH = 6;

    /** Words no speaker doubles on purpose: repaired even inside quotations. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "at", "for", "with",
            "from", "and", "or", "into", "than");

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE, VERB);
    }

    @Override
    public boolean appliesToTitle() {
        return true;
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        scan(ctx, out, false);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        scan(ctx, out, true);
    }

    private static void scan(PassContext ctx, Findings out, boolean flagging) {
        String s = ctx.text();
        if (flagging && s.indexOf('\u201C') < 0 && s.indexOf('"') < 0 && s.indexOf('\u00AB') < 0) {
            return; // flags are only for doubles inside quotations
        }
        WordIndex words = ctx.words();
        // only neighbours of one length and first letter (case aside) can repeat: the index lists those pairs
        int from = 0; // the word after a judged repeat is not judged again as the first of a pair
        for (int m = 0; m < words.lookalikeCount(); m++) {
            int k = words.lookalike(m);
            if (k < from) {
                continue;
            }
            int i = words.start(k);
            int e1 = words.end(k);
            int j = words.start(k + 1);
            int e2 = words.end(k + 1);
            if (!s.regionMatches(true, i, s, j, e1 - i) || !words.spaceSeparated(s, k)) {
                continue;
            }
            boolean pronounI = e2 - j == 1 && s.charAt(j) == 'I';
            String word = s.substring(j, e2).toLowerCase(Locale.ROOT);
            if ((Words.isAllLower(s, j, e2) || pronounI) && (Words.isAllLower(s, i, e1) || Words.isCapitalised(s, i, e1))
                    && !LEGITIMATE.contains(word)) {
                RuleSpec rule = VERBS.contains(word) ? VERB : RULE;
                if (!ctx.allows(rule) || rule == VERB && afterFreeRelative(s, words, k)) {
                    continue;
                }
                // in a quotation only a doubled article or preposition is surely a slip; "I I" may be the speaker's
                boolean keep = ctx.quotes().isQuoted(i) && !FUNCTION_WORDS.contains(word);
                if (flagging && keep) {
                    out.flag(rule.id(), i, e2);
                } else if (!flagging && !keep) {
                    out.delete(rule.id(), e1, e2);
                }
                from = k + 2; // "the the the": the third is judged against the kept first on the next round
            }
        }
    }

    /**
     * "What it is is", "All he has has": a free relative ("what", "all", ...) among the few words before the
     * pair, in the same sentence, makes the first verb end a subject clause and the second the main verb.
     */
    private static boolean afterFreeRelative(String s, WordIndex words, int k) {
        int sentenceFloor = words.start(k);
        for (int back = k - 1; back >= 0 && back >= k - FREE_RELATIVE_REACH; back--) {
            for (int c = words.end(back); c < sentenceFloor; c++) {
                char ch = s.charAt(c);
                if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == ';') {
                    return false;
                }
            }
            sentenceFloor = words.start(back);
            String w = s.substring(words.start(back), words.end(back)).toLowerCase(Locale.ROOT);
            if (FREE_RELATIVES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
