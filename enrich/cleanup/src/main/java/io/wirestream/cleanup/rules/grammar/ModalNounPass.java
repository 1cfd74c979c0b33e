package io.wirestream.cleanup.rules.grammar;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.WordIndex;
import io.wirestream.cleanup.text.Words;
import java.util.List;
import java.util.Set;

/**
 * A modal verb followed by a noun where a verb must stand ("ISIS could resurgence"), typical of machine
 * translation picking the noun sense. Only flagged: the right verb ("resurge", "make a resurgence") is a
 * choice of wording we will not make. Nouns are recognised by derivational suffix, minus the verbs that
 * share those endings ("could influence", "will experience", "must question").
 */
public final class ModalNounPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("grammar.modal-noun", Scope.ENGLISH,
            "Flags a modal verb followed by a noun where a verb is needed (\"could resurgence\").",
            "ISIS could resurgence -> flagged");

    private static final String[] MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might",
        "must", "cannot"};
    private static final String[] NOUN_SUFFIXES = {"ence", "ance", "tion", "sion", "ment", "ness", "ity", "ship",
        "ism", "hood"};
    /** Words with those endings that are (also) verbs. */
    private static final Set<String> VERBS = Set.of("influence", "experience", "reference", "evidence", "sentence",
            "silence", "commence", "fence", "license", "licence", "balance", "finance", "advance", "enhance", "dance",
            "glance", "chance", "distance", "entrance", "romance", "trance", "lance", "outbalance", "outdistance",
            "mention", "question", "function", "position", "station", "sanction", "auction", "caution", "partition",
            "condition", "petition", "audition", "ration", "motion", "commission", "pension", "envision",
            "requisition", "proposition", "provision", "vision", "fashion", "cushion", "section", "portion", "mission",
            "comment", "implement", "document", "supplement", "complement", "experiment", "torment", "ferment",
            "lament", "augment", "fragment", "segment", "cement", "ornament", "regiment", "compliment",
            "witness", "harness", "buttress", "ship", "worship", "outship", "reship", "transship", "equip",
            "pity", "ity", "chasm", "hood", "sequence", "rebalance", "refinance", "transition", "foment",
            "reposition", "precondition", "recondition", "apportion", "preference", "reverence");

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        String s = ctx.text();
        char[] chars = ctx.chars();
        WordIndex words = ctx.words();
        for (int k = 0; k + 1 < words.size(); k++) {
            int i = words.start(k);
            int e1 = words.end(k);
            // the length first: it needs no character read, and most words fail it
            if (e1 - i < 3 || e1 - i > 6) {
                continue;
            }
            char first = Character.toLowerCase(chars[i]);
            boolean maybeModal = first == 'c' || first == 'w' || first == 's' || first == 'm';
            if (!maybeModal || !isModal(s, i, e1, first) || !words.spaceSeparated(s, k)) {
                continue;
            }
            int next = k + 1;
            if (words.end(next) - words.start(next) == 3 && s.regionMatches(words.start(next), "not", 0, 3)) {
                if (!words.spaceSeparated(s, next)) {
                    continue;
                }
                next++;
            }
            int j = words.start(next);
            int e2 = words.end(next);
            if (e2 - j <= 30 && Words.isAllLower(s, j, e2) && looksLikeNoun(s, j, e2)) {
                out.flag(RULE.id(), i, e2);
            }
        }
    }

    /**
     * Compares in place: this runs for every word starting with c, w, s or m. {@code first} is the word's first
     * char lower-cased, one of those four ASCII letters (no other char lower-cases to them), so a modal with
     * another first letter cannot match and is passed over before the case-blind compare, the costly part.
     */
    private static boolean isModal(String s, int from, int to, char first) {
        for (String m : MODALS) {
            if (m.length() == to - from && m.charAt(0) == first && s.regionMatches(true, from, m, 0, m.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s[from, to)} reads as a noun. The suffixes are compared in place first: few words after a modal
     * carry one, and only those are cut out and looked up among the verbs.
     */
    private static boolean looksLikeNoun(String s, int from, int to) {
        if (to - from < 6) {
            return false;
        }
        for (String suffix : NOUN_SUFFIXES) {
            if (s.regionMatches(to - suffix.length(), suffix, 0, suffix.length())) {
                return !VERBS.contains(s.substring(from, to));
            }
        }
        return false;
    }
}
