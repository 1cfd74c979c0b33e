package io.wirestream.tagging.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.Tokenizer;

/**
 * Checks a loaded knowledge base as a whole (the file reader already refused malformed lines, duplicate ids within
 * a file and oversized names): every alias reaches its own entry through the trie, no Wikidata QID or GeoNames id
 * stands for two entries (a {@code ws:geonames:N} id counts as GeoNames id N: a curated place that names its GeoNames
 * number while geo.jsonl still has that place is one place twice), and no alias is claimed by two entries of one type
 * unless a context rule tells them apart (the losing entry is {@code needsContext}, both bind the alias to their own
 * countries ({@code inCountryOnly}), or the alias matches only in exact
 * case for one of them). {@code KnowledgeBaseValidationTest} runs it on the bundled base; {@code main} runs it on the
 * bundled base plus user files.
 */
public final class KbValidator {

    private KbValidator() {
    }

    /** Every problem found, one line each; empty when the base is sound. */
    public static List<String> problems(KnowledgeBase kb) {
        List<String> out = new ArrayList<>();
        Map<String, String> externalIds = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            Map<String, String> external = new HashMap<>(e.sameAs());
            external.remove("ws");
            if (e.id().startsWith(KnowledgeBase.GEONAMES_ID)) {
                // a place known by its GeoNames number alone: another entry with that number is the same place twice
                external.putIfAbsent("geonames", e.id().substring(KnowledgeBase.GEONAMES_ID.length()));
            }
            for (Map.Entry<String, String> ext : external.entrySet()) {
                String key = ext.getKey() + ":" + ext.getValue();
                String before = externalIds.putIfAbsent(key, e.id());
                if (before != null) {
                    out.add(key + " is the sameAs of both " + before + " and " + e.id());
                }
            }
            Set<String> names = new LinkedHashSet<>(e.aliases());
            names.add(e.name());
            for (String alias : names) {
                List<AliasPattern> patterns = patternsOf(kb.index(), alias);
                if (patterns.stream().noneMatch(p -> p.entry == e)) {
                    out.add(e.id() + " (" + e.name() + "): alias \"" + alias + "\" does not resolve to it");
                    continue;
                }
                if (patterns.get(0).entry != e) {
                    continue; // a shared alias is reported once, from the entry that wins it
                }
                for (AliasPattern other : patterns) {
                    KbEntry o = other.entry;
                    if (o == e || o.type() != e.type()) {
                        continue;
                    }
                    if (!toldApart(e, o, alias)) {
                        out.add("alias \"" + alias + "\" is shared by " + e.id() + " (" + e.name() + ") and " + o.id()
                                + " (" + o.name() + "), both " + e.type() + ", with no context rule");
                    }
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static boolean toldApart(KbEntry a, KbEntry b, String alias) {
        return a.needsContext() || b.needsContext() || a.exactCase().contains(alias) != b.exactCase().contains(alias)
                || inCountries(a, b, alias);
    }

    /** Both bind the alias to their own, different countries: the article's country tells them apart. */
    private static boolean inCountries(KbEntry a, KbEntry b, String alias) {
        return a.inCountryOnly().contains(alias) && b.inCountryOnly().contains(alias) && a.country() != null
                && b.country() != null && !a.country().equals(b.country());
    }

    /** The patterns stored where the alias's folded tokens end (a leading "the" is not part of the key). */
    private static List<AliasPattern> patternsOf(AliasIndex index, String alias) {
        List<Token> tokens = Tokenizer.tokenize(alias).tokens();
        int skip = tokens.size() > 1 && tokens.get(0).fold.equals("the") ? 1 : 0;
        AliasIndex.Node node = index.walk(tokens.size() - skip, k -> tokens.get(skip + k).key());
        return node == null ? List.of() : node.patterns();
    }

    /** Validates the bundled base plus the given user files; exits 1 and lists the problems if there are any. */
    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        for (String file : args) {
            kb = kb.withFile(java.nio.file.Path.of(file));
        }
        List<String> problems = problems(kb);
        problems.forEach(System.out::println);
        System.out.println(kb.size() + " entities, " + problems.size() + " problems");
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }
}
