package io.wirestream.cleanup.rules.structure;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.WordIndex;
import io.wirestream.cleanup.text.Words;
import java.util.List;
import java.util.Set;

/**
 * A sentence fragment glued to the next sentence, the mark of a translator dropping a clause: a function
 * word (preposition, article, conjunction, auxiliary, a reporting verb) immediately followed by a
 * capitalised word that starts a clause, then lower case ("... and went to It was done directly ...",
 * "found that During the night"). Flagged, not split: the lost words cannot be recovered, and a period
 * after "to" would be no better English. The one certain repair is a doubled article, "for the The wind"
 * -> "for the wind".
 *
 * <p>What keeps legitimate capitals safe: the capitalised word must be a closed-class clause opener (a
 * pronoun, article, preposition or sentence adverb), never a name; the word after it must be lower case
 * ("in The Hague", "of The Times", "said It Takes Two" are titles and names, capitalised on); for an article
 * or preposition opener the word after that must be lower case too ("listen to In the Air Tonight"). "I"
 * and "A" are not openers (they are capital mid-sentence), nor "His" ("to His Majesty").
 */
public final class GluedFragmentPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("sentence.glued-fragment", Scope.ENGLISH,
            "Flags a fragment glued to the next sentence at a capitalised pronoun (\"went to It was done\").",
            "and went to It was done directly -> flagged \"to It\"", "will It is expected -> flagged \"will It\"");
    public static final RuleSpec OPENER = RuleSpec.of("sentence.glued-opener", Scope.ENGLISH,
            "Flags a fragment glued to the next sentence at a capitalised article, preposition or sentence"
                    + " adverb (\"reported in The players were\"); names and titles such as \"in The Hague\" are"
                    + " never flagged.",
            "was reported in The players were -> flagged \"in The\"", "found that During the night -> flagged \"that During\"",
            "played in The Hague -> unchanged");
    public static final RuleSpec ARTICLE = RuleSpec.of("sentence.glued-article", Scope.ENGLISH,
            "Removes the capitalised second article where a dropped clause left two (\"for the The wind\").",
            "built for the The wind was -> built for the wind was", "read the The Times -> unchanged");

    private static final Set<String> DANGLING = Set.of("to", "of", "the", "a", "an", "and", "or", "with", "for",
            "from", "by", "at", "in", "on", "into", "that", "which", "as", "than", "was", "were", "is", "are", "its",
            "their", "this", "these", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
            "has", "have", "had", "be", "been", "said", "says", "told", "added", "noted", "stated", "announced",
            "reported", "found", "showed", "revealed", "warned", "explained", "because", "but", "while", "when",
            "if", "although", "where", "whether", "after", "before", "since", "about", "over", "under", "during",
            "between", "against", "through", "without", "within", "among", "despite", "toward", "towards");
    private static final Set<String> PRONOUNS = Set.of("It", "This", "These", "Those", "He", "She", "They",
            "We", "There", "Its", "Their", "Our");
    private static final Set<String> OPENERS = Set.of("The", "An", "During", "After", "Before", "While", "When",
            "Although", "However", "Meanwhile", "According", "Following", "Despite", "In", "On", "At", "As", "If",
            "Since", "But", "Some", "Many", "Most", "Both", "Several", "Moreover", "Furthermore", "Earlier",
            "Under", "Amid", "Over", "Until", "Because", "Nevertheless", "Instead");

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE, OPENER, ARTICLE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        if (!ctx.allows(ARTICLE)) {
            return;
        }
        String s = ctx.text();
        char[] chars = ctx.chars();
        WordIndex words = ctx.words();
        // word k and the capitalised word k + 1 after it: only those pairs can hold "the The"
        int from = 0; // a repair's capitalised word is not judged again as the first of a pair
        for (int m = 0; m < words.capitalCount(); m++) {
            int k = words.capital(m) - 1;
            if (k + 2 >= words.size()) {
                break;
            }
            if (k < from) {
                continue;
            }
            int i = words.start(k);
            int e1 = words.end(k);
            int j = words.start(k + 1);
            int e2 = words.end(k + 1);
            if (j != e1 + 1 || chars[e1] != ' ' || e1 - i > 3 || e2 - j != e1 - i) {
                continue;
            }
            String first = s.substring(i, e1);
            String second = s.substring(j, e2);
            boolean doubled = first.equals("the") && second.equals("The") || first.equals("an") && second.equals("An");
            if (doubled && lowerWordAt(s, words, k + 2, e2)) {
                out.delete(ARTICLE.id(), e1, e2);
                from = k + 2;
            }
        }
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        boolean pronouns = ctx.allows(RULE);
        boolean openers = ctx.allows(OPENER);
        String s = ctx.text();
        char[] chars = ctx.chars();
        WordIndex words = ctx.words();
        // a capital must follow: only the words before capitalised ones are looked at
        for (int m = 0; m < words.capitalCount(); m++) {
            int k = words.capital(m) - 1;
            if (k + 2 >= words.size()) {
                break;
            }
            if (k < 0) {
                continue;
            }
            int i = words.start(k);
            int e1 = words.end(k);
            int j = words.start(k + 1);
            int e2 = words.end(k + 1);
            // every dangling word is lower case: a capitalised one ("Prime Minister") is not cut out to look up
            if (j != e1 + 1 || chars[e1] != ' ' || e1 - i > 9 || e2 - j > 12 || !Chars.isLower(chars[i])
                    || !DANGLING.contains(s.substring(i, e1)) || !lowerWordAt(s, words, k + 2, e2)) {
                continue;
            }
            String next = s.substring(j, e2);
            if (pronouns && PRONOUNS.contains(next)) {
                out.flag(RULE.id(), i, e2);
            } else if (openers && OPENERS.contains(next) && !titleFollows(s, words, k + 3)) {
                out.flag(OPENER.id(), i, e2);
            }
        }
    }

    /** Word {@code k} follows {@code prevEnd} after one space and is lower case. */
    private static boolean lowerWordAt(String s, WordIndex words, int k, int prevEnd) {
        return k < words.size() && words.start(k) == prevEnd + 1 && s.charAt(prevEnd) == ' '
                && Words.isAllLower(s, prevEnd + 1, words.end(k));
    }

    /** "to In the Air Tonight": a capitalised word right after the lower-case one reads as a title. */
    private static boolean titleFollows(String s, WordIndex words, int k) {
        if (k >= words.size()) {
            return false;
        }
        int prevEnd = words.end(k - 1);
        return words.start(k) == prevEnd + 1 && s.charAt(prevEnd) == ' ' && Chars.isUpper(s.charAt(words.start(k)));
    }
}
