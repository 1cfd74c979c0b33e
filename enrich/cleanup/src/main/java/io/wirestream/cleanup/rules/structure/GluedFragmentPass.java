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
 * A sentence fragment glued to the next sentence, the mark of a translator dropping a clause: a
 * preposition or article immediately followed by a capitalised pronoun that starts a clause ("... and
 * went to It was done directly ..."). Flagged, not split: the lost words cannot be recovered, and a
 * period after "to" would be no better English. "The" and "His" are excluded because they begin names
 * ("to The Hague", "to His Majesty").
 */
public final class GluedFragmentPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("sentence.glued-fragment", Scope.ENGLISH,
            "Flags a fragment glued to the next sentence (\"went to It was done\").",
            "and went to It was done directly -> flagged \"to It\"");

    private static final Set<String> DANGLING = Set.of("to", "of", "the", "a", "an", "and", "or", "with", "for",
            "from", "by", "at", "in", "on", "into", "that", "which", "as", "than", "was", "were", "is", "are", "its",
            "their", "this", "these");
    private static final Set<String> CLAUSE_STARTERS = Set.of("It", "This", "These", "Those", "He", "She", "They",
            "We", "There", "Its", "Their", "Our");

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        String s = ctx.text();
        WordIndex words = ctx.words();
        for (int k = 0; k + 2 < words.size(); k++) {
            int i = words.start(k);
            int e1 = words.end(k);
            int j = words.start(k + 1);
            int e2 = words.end(k + 1);
            // cheapest test first: a capital must follow; most words are followed by lower case
            if (j != e1 + 1 || s.charAt(e1) != ' ' || !Chars.isUpper(s.charAt(j)) || e1 - i > 5 || e2 - j > 5
                    || !DANGLING.contains(s.substring(i, e1)) || !CLAUSE_STARTERS.contains(s.substring(j, e2))) {
                continue;
            }
            int e3 = words.end(k + 2);
            if (words.start(k + 2) == e2 + 1 && s.charAt(e2) == ' ' && Words.isAllLower(s, e2 + 1, e3)) {
                out.flag(RULE.id(), i, e2);
            }
        }
    }
}
