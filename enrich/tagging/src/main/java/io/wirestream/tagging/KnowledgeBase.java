package io.wirestream.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.wirestream.tagging.kb.AliasIndex;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.kb.KbFileReader;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import io.wirestream.tagging.text.Tokenizer;

/**
 * Canonical entities with their aliases, immutable and safe to share between threads. The bundled base is
 * the curated file (people, organisations, armed groups, news agencies, extra places) plus the generated
 * geography files (countries, capitals, major cities; first-level regions); {@link #withFile} adds a user's own file in the same
 * format (see docs/tagging.md), whose entries win over bundled ones.
 */
public final class KnowledgeBase {
    /** The local id of a place known only by its GeoNames number. */
    public static final String GEONAMES_ID = "ws:geonames:";
    private static final String RESOURCE_DIR = "/io/wirestream/tagging/kb/";
    static final int USER = 0;
    static final int CURATED = 1;
    static final int GEO = 2;

    private final List<KbEntry> entries;
    private final AliasIndex index;
    private final Map<String, Set<String>> surnames = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> givenNames = new ConcurrentHashMap<>();

    private final Map<String, KbEntry> byId = new HashMap<>();

    private KnowledgeBase(List<KbEntry> entries) {
        this.entries = List.copyOf(entries);
        this.index = new AliasIndex(this.entries);
        for (KbEntry e : this.entries) {
            byId.put(e.id(), e);
        }
        for (KbEntry e : this.entries) {
            String former = e.sameAs().get("ws");
            if (former != null) {
                byId.putIfAbsent(former, e);
            }
            String geonames = e.sameAs().get("geonames");
            if (geonames != null) {
                byId.putIfAbsent(GEONAMES_ID + geonames, e); // a place that was once geo.jsonl's entry of its own
            }
        }
    }

    /**
     * The entry with this id, or with this former id: ids that became Wikidata QIDs keep their old {@code ws:} id
     * in {@code sameAs.ws}, so a stored {@code ws:geonames:170654} still finds Damascus ({@code Q3766}); and
     * {@code ws:geonames:N} finds the entry whose {@code sameAs.geonames} is N.
     */
    public java.util.Optional<KbEntry> find(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    private static final class Bundled {
        static final KnowledgeBase INSTANCE = loadBundled();
    }

    /** Reads the bundled files anew (the benchmark measures this; callers use {@link #bundled()}). */
    static KnowledgeBase loadBundled() {
        List<KbEntry> generated = new ArrayList<>(loadResource("geo.jsonl", GEO));
        generated.addAll(loadResource("regions.jsonl", GEO));
        return new KnowledgeBase(merge(List.of(), loadResource("curated.jsonl", CURATED), generated));
    }

    /** The knowledge base shipped with wirestream (loaded once per JVM). */
    public static KnowledgeBase bundled() {
        return Bundled.INSTANCE;
    }

    /** This base plus the entries of a user file (JSON Lines, see docs/tagging.md); the file's entries win. */
    public KnowledgeBase withFile(Path userFile) {
        List<KbEntry> user;
        try (BufferedReader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            user = KbFileReader.read(reader, userFile.toString(), USER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge-base file " + userFile, e);
        }
        return new KnowledgeBase(merge(entries, user, List.of()));
    }

    /** Number of canonical entities. */
    public int size() {
        return entries.size();
    }

    /** The alias trie the matcher walks (internal to the tagger). */
    public AliasIndex index() {
        return index;
    }

    public List<KbEntry> entries() {
        return entries;
    }

    /**
     * Folded last words of an entry's names ("sharaa", "shora", "jolani" for Ahmed al-Sharaa): a lone word
     * equal to one of them, in a document that names the entry, is a second mention of it.
     */
    public Set<String> surnames(KbEntry entry) {
        return surnames.computeIfAbsent(entry.id(), id -> {
            Set<String> out = new LinkedHashSet<>();
            for (TokenizedText tt : tokenizedNames(entry)) {
                List<Token> tokens = tt.tokens();
                if (!tokens.isEmpty() && (tokens.size() > 1 || tokens.get(0).capitalised)) {
                    out.add(tokens.get(tokens.size() - 1).fold);
                }
                if (familyNameFirst(tt)) {
                    out.add(tokens.get(0).fold); // "Lee Jae-myung" ... "Lee"
                }
            }
            return Set.copyOf(out);
        });
    }

    /**
     * Folded first words of an entry's names of two words or more ("brice" for Brice Oligui Nguema): what the text may
     * write before a surname form of the entry and still mean the entry.
     */
    public Set<String> givenNames(KbEntry entry) {
        return givenNames.computeIfAbsent(entry.id(), id -> {
            Set<String> out = new LinkedHashSet<>();
            List<TokenizedText> names = tokenizedNames(entry);
            TokenizedText canonical = names.get(names.size() - 1);
            Set<String> laterWords = new HashSet<>(); // "Bongo Ondimba" opens with a surname of Ali Bongo Ondimba
            for (int k = 1; k < canonical.size(); k++) {
                laterWords.add(canonical.get(k).fold);
            }
            for (TokenizedText tt : names) {
                if (tt.size() > 1 && !familyNameFirst(tt) && !laterWords.contains(tt.get(0).fold)) {
                    out.add(tt.get(0).fold);
                }
            }
            return Set.copyOf(out);
        });
    }

    /** The entry's aliases, then its name, tokenized: what {@link #surnames} and {@link #givenNames} read. */
    private static List<TokenizedText> tokenizedNames(KbEntry entry) {
        List<TokenizedText> out = new ArrayList<>(entry.aliases().size() + 1);
        for (String alias : entry.aliases()) {
            out.add(Tokenizer.tokenize(alias));
        }
        out.add(Tokenizer.tokenize(entry.name()));
        return out;
    }

    /** Korean-style names, family name first and a hyphenated given name: "Lee Jae-myung", "Lai Ching-te". */
    public static boolean familyNameFirst(TokenizedText name) {
        int n = name.size();
        return n == 3 && name.gapBefore(2).equals("-") && name.get(0).capitalised && !name.get(2).capitalised;
    }

    private static List<KbEntry> loadResource(String file, int priority) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled knowledge base missing: " + RESOURCE_DIR + file);
            }
            return KbFileReader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), file, priority);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins entries that share an id (aliases add up; name, type and flags come from the best source). */
    private static List<KbEntry> merge(List<KbEntry> a, List<KbEntry> b, List<KbEntry> c) {
        Map<String, KbEntry> byId = new LinkedHashMap<>();
        List<KbEntry> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        for (KbEntry e : all) {
            byId.merge(e.id(), e, KnowledgeBase::join);
        }
        List<KbEntry> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(KbEntry::priority)); // stable: file order within a source
        return out;
    }

    private static KbEntry join(KbEntry x, KbEntry y) {
        KbEntry best = y.priority() < x.priority() ? y : x;
        KbEntry other = best == x ? y : x;
        Set<String> aliases = new LinkedHashSet<>(best.aliases());
        aliases.addAll(other.aliases());
        aliases.add(other.name());
        aliases.remove(best.name());
        Set<String> exact = new LinkedHashSet<>(best.exactCase());
        exact.addAll(other.exactCase());
        Map<String, String> sameAs = new LinkedHashMap<>(other.sameAs());
        sameAs.putAll(best.sameAs());
        Set<String> inCountryOnly = new LinkedHashSet<>(best.inCountryOnly());
        inCountryOnly.addAll(other.inCountryOnly());
        return new KbEntry(best.id(), best.name(), best.type(), List.copyOf(aliases), exact, best.needsContext(),
                best.priority(), sameAs, best.country() != null ? best.country() : other.country(), inCountryOnly);
    }
}
