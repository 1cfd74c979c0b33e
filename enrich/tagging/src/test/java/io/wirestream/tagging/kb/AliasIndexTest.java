package io.wirestream.tagging.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.text.TokenizedText;
import io.wirestream.tagging.text.Tokenizer;

/** The trie's walk: whole aliases, prefixes of aliases, and words that start no alias. */
class AliasIndexTest {
    private final KbEntry harbour = new KbEntry("ws:place:port-velmar", "Port Velmar Harbour", EntityType.LOCATION,
            List.of("Velmar Harbour"), Set.of(), false, 0);
    private final KbEntry board = new KbEntry("ws:org:velmar-board", "the Velmar Board", EntityType.ORGANIZATION,
            List.of(), Set.of(), false, 0);
    private final AliasIndex index = new AliasIndex(List.of(harbour, board));

    @Test
    void walkEndsWhereAWholeAliasEndsWithItsPatterns() {
        TokenizedText tt = Tokenizer.tokenize("ships left Port Velmar Harbour at dawn");
        AliasIndex.Node node = index.walk(3, k -> tt.get(2 + k).key());
        assertThat(node).isNotNull();
        assertThat(node.patterns()).extracting(p -> p.entry).containsExactly(harbour);
        assertThat(node.namesAPlace()).isTrue();
    }

    @Test
    void aPrefixOfAnAliasIsANodeWithoutPatternsAndAStrayWordIsNoNode() {
        TokenizedText tt = Tokenizer.tokenize("Port Velmar Docks");
        AliasIndex.Node prefix = index.walk(2, k -> tt.get(k).key());
        assertThat(prefix).isNotNull();
        assertThat(prefix.patterns()).isEmpty();
        assertThat(prefix.namesAPlace()).isFalse();
        assertThat(index.walk(3, k -> tt.get(k).key())).isNull();
    }

    @Test
    void aLeadingTheIsNotPartOfTheKeyAndCaseIsFolded() {
        List<String> keys = List.of("velmar", "board");
        AliasIndex.Node node = index.walk(keys.size(), keys::get);
        assertThat(node.patterns()).extracting(p -> p.entry).containsExactly(board);
        assertThat(node.namesAPlace()).isFalse();
        assertThat(index.walk(0, k -> "unused")).isSameAs(index.root());
    }
}
