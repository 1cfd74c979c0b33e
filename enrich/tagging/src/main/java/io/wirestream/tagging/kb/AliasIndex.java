package io.wirestream.tagging.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import io.wirestream.tagging.text.Tokenizer;

/**
 * A trie over folded alias tokens: one hash lookup per token walks every alias that starts at a position,
 * so matching costs O(tokens x longest alias) whatever the size of the knowledge base.
 */
public final class AliasIndex {
    /** Tokens dropped from person aliases to make the common variant ("Bashar al-Assad" = "Bashar Assad"). */
    private static final Set<String> ARTICLES = Set.of("al", "el");

    private final Node root = new Node();
    private int maxLength;

    /** A trie node; {@code patterns} are the aliases that end here, best first. */
    public static final class Node {
        private Map<String, Node> children;
        private List<AliasPattern> patterns;

        /** @param key a token's {@link Token#key() key}: its folded form without inner apostrophes */
        public Node child(String key) {
            return children == null ? null : children.get(key);
        }

        public List<AliasPattern> patterns() {
            return patterns == null ? List.of() : patterns;
        }

        /** Whether an alias ending here names a place of the knowledge base. */
        public boolean namesAPlace() {
            List<AliasPattern> patterns = patterns();
            for (int k = 0; k < patterns.size(); k++) { // by index: no iterator for each word the rules ask about
                if (patterns.get(k).entry.type() == EntityType.LOCATION) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Entries must come best priority first: an alias keeps the order in which entries claim it. */
    public AliasIndex(List<KbEntry> entriesByPriority) {
        for (KbEntry e : entriesByPriority) {
            add(e, e.name());
            for (String alias : e.aliases()) {
                add(e, alias);
            }
        }
    }

    public Node root() {
        return root;
    }

    /**
     * The node where the alias made of these keys ends, or null when no alias is or starts with them: the one walk
     * for rules that ask whether some words are a whole alias (the matcher walks token by token itself, as it
     * extends a match).
     *
     * @param keyAt the {@link Token#key() key} of the k-th word, k from 0 to count - 1
     */
    public Node walk(int count, IntFunction<String> keyAt) {
        Node node = root;
        for (int k = 0; k < count && node != null; k++) {
            node = node.child(keyAt.apply(k));
        }
        return node;
    }

    public int maxLength() {
        return maxLength;
    }

    private void add(KbEntry e, String alias) {
        TokenizedText tt = Tokenizer.tokenize(alias);
        List<Token> tokens = tt.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        boolean exact = e.exactCase().contains(alias) || isShortAcronym(tokens);
        boolean inCountryOnly = e.inCountryOnly().contains(alias);
        if (tokens.get(0).fold.equals("the") && tokens.size() > 1) {
            // a leading article is never required, and keying on it would let "the U.S." shadow "U.S. Central
            // Command"; but in a one-word name it is part of the name ("The Hague"), so that key stays too
            if (tokens.size() == 2 && alias.equals(e.name())) {
                insert(tokens, new AliasPattern(e, tokens, exact, inCountryOnly));
            }
            tokens = tokens.subList(1, tokens.size());
        }
        insert(tokens, new AliasPattern(e, tokens, exact, inCountryOnly));
        if (e.type() == EntityType.PERSON && tokens.size() > 1) {
            List<Token> variant = tokens.stream().filter(t -> !ARTICLES.contains(t.fold)).toList();
            if (!variant.isEmpty() && variant.size() < tokens.size()) {
                insert(variant, new AliasPattern(e, variant, exact, inCountryOnly));
            }
        }
    }

    private static boolean isShortAcronym(List<Token> tokens) {
        int letters = 0;
        for (Token t : tokens) {
            if (!t.allCaps) {
                return false;
            }
            letters += t.length();
        }
        return letters <= 5;
    }

    private void insert(List<Token> tokens, AliasPattern pattern) {
        Node node = root;
        for (Token t : tokens) {
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(t.key(), k -> new Node());
        }
        if (node.patterns == null) {
            node.patterns = new ArrayList<>(1);
        }
        node.patterns.add(pattern);
        maxLength = Math.max(maxLength, tokens.size());
    }
}
