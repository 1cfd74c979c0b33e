package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.tagging.Entity;
import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.Mention;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * Turns candidates into the tagger's output: merges them in the document ({@link InDocumentResolver}),
 * then gives each group its id, canonical name, type and mentions, ordered by first mention.
 */
public final class EntityAssembler {
    private final InDocumentResolver resolver = new InDocumentResolver();
    private final Lexicon lexicon = Lexicon.get();

    private static final int MAX_KIND_WORDS = 2;
    /** Heads that after a known town or region describe rather than name: "the Transnistria power plant". */
    private static final Set<String> DESCRIBED_SITE_HEADS = Set.of("plant", "station", "corridor", "refinery",
            "reactor", "checkpoint");

    public List<Entity> assemble(TokenizedText tt, List<Candidate> candidates, List<Integer> singles, KnowledgeBase kb) {
        InDocumentResolver.Groups groups = resolver.resolve(tt, candidates, singles, kb);
        Map<String, List<Candidate>> byRoot = new LinkedHashMap<>(); // candidates come sorted: first mention first
        for (Candidate c : groups.candidates()) {
            byRoot.computeIfAbsent(groups.unionFind().find(c.key), k -> new ArrayList<>()).add(c);
        }
        List<Entity> out = new ArrayList<>(byRoot.size());
        boolean split = false;
        for (List<Candidate> group : byRoot.values()) {
            Map<String, List<Candidate>> sites = sitesOfATown(tt, group);
            if (!sites.isEmpty()) {
                sites.values().forEach(group::removeAll);
                sites.values().forEach(site -> out.add(site(tt, site)));
                split = true;
            }
            if (!group.isEmpty()) {
                out.add(entity(tt, group));
            }
        }
        if (split) {
            out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        }
        return placesByTheirFirstWords(sitesNamedBothWays(out));
    }

    /**
     * "Santiago de Cuba" ... "Santiago", "San Antonio de los Baños" ... "San Antonio": a place whose name joins its parts
     * with a particle is called by the part before it once it has been named in full, even where that part alone is
     * another known place (Chile's capital). Only when one such place of the article has that first part.
     */
    private List<Entity> placesByTheirFirstWords(List<Entity> entities) {
        Map<String, Integer> byFirstPart = null;
        Set<String> shared = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            String part = e.type() == EntityType.LOCATION ? partBeforeParticle(e.name()) : null;
            if (part == null) {
                continue;
            }
            if (byFirstPart == null) {
                byFirstPart = new LinkedHashMap<>(4);
                shared = new HashSet<>();
            }
            if (byFirstPart.putIfAbsent(part, i) != null) {
                shared.add(part);
            }
        }
        if (byFirstPart == null) {
            return entities;
        }
        shared.forEach(byFirstPart::remove);
        List<Entity> out = entities;
        for (int i = 0; i < out.size(); i++) {
            Entity e = out.get(i);
            Integer full = e.type() == EntityType.LOCATION ? byFirstPart.get(CharFolding.fold(e.name())) : null;
            if (full == null || full == i) {
                continue;
            }
            Entity whole = out.get(full);
            if (whole.mentions().get(0).start() > e.mentions().get(0).start()) {
                continue; // named in full only later: the short name was meant on its own
            }
            if (out == entities) {
                out = new ArrayList<>(entities);
            }
            absorb(out, full, i--, byFirstPart);
        }
        return out;
    }

    /** "santiago" of "Santiago de Cuba", "san antonio" of "San Antonio de los Baños"; null without such a particle. */
    private static String partBeforeParticle(String name) {
        if (name.indexOf(' ') == name.lastIndexOf(' ')) {
            return null; // under three words: no part before a particle (most places: "Syria", "Gaza City"), no split
        }
        String[] words = CharFolding.fold(name).split(" ");
        for (int k = 1; k + 1 < words.length; k++) {
            if (Lexicon.PLACE_PARTICLES.contains(words[k])) {
                return String.join(" ", Arrays.copyOfRange(words, 0, k));
            }
        }
        return null;
    }

    /**
     * "Port of Beirut" and "Beirut port", "Mosque of Omar" and "Omar mosque", "Masjid Al Noor" and "Al Noor mosque", "Pont
     * Alexandre III" and "Alexandre III bridge", "mine Eynez" and "Eynez mine": one site written with its head before
     * "of" and the place (or another language's head before the name, or translated text's lower-case head before it),
     * or after it. Merged here, where a site written after a known town has been split off the town
     * ({@link #sitesOfATown}); two knowledge-base entities never merge this way. The longer name is the name.
     */
    private List<Entity> sitesNamedBothWays(List<Entity> entities) {
        Map<String, Integer> bySite = null;
        List<Entity> out = entities;
        for (int i = 0; i < out.size(); i++) {
            Entity e = out.get(i);
            String key = e.type() == EntityType.LOCATION ? siteKey(e) : null;
            if (key == null) {
                continue;
            }
            if (bySite == null) {
                bySite = new LinkedHashMap<>(4);
            }
            Integer seen = bySite.putIfAbsent(key, i);
            Entity first = seen == null ? null : out.get(seen);
            if (first == null || !first.id().startsWith(RULE_ID) && !e.id().startsWith(RULE_ID)) {
                continue;
            }
            Entity known = first.id().startsWith(RULE_ID) ? e.id().startsWith(RULE_ID) ? null : e : first;
            String name = known != null ? known.name() : e.name().length() > first.name().length() ? e.name() : first.name();
            if (out == entities) {
                out = new ArrayList<>(entities);
            }
            out.set(seen, joined(first, e, known != null ? known.id() : RULE_ID + slug(name), name,
                    known != null ? known.method() : "rule"));
            out.remove(i--);
        }
        return bySite == null ? out : bareSiteNames(out, bySite);
    }

    /**
     * Sites whose names are seldom a town's: a place of that name in the article is the site. Not ports, airports,
     * crossings or dams, which take their town's name ("Mae Sot Airport" and Mae Sot). "church" is every building of
     * worship {@link #kindOfHead} names so (temples, cathedrals, basilicas, chapels).
     */
    private static final Set<String> NAMED_FOR_NO_TOWN = Set.of("mosque", "shrine", "camp", "church");

    /**
     * "the mosque Rabaa al-Adawiya ... police cleared Rabaa al-Adawiya": a site's name of two words or more without its
     * head, where the rules found it as a place of its own, is the site (as "Zamzam camp ... in Zamzam" is for one
     * word, in the resolver), for sites not named after towns. Known places stay themselves.
     */
    private List<Entity> bareSiteNames(List<Entity> entities, Map<String, Integer> bySite) {
        // bySite's keys are "head|name" with the index of the first entity of each (entities removed after it only)
        Map<String, Integer> siteByName = new HashMap<>(4);
        for (Map.Entry<String, Integer> site : bySite.entrySet()) {
            String key = site.getKey();
            int bar = key.indexOf('|');
            if (NAMED_FOR_NO_TOWN.contains(key.substring(0, bar)) && key.indexOf(' ', bar) > 0) {
                siteByName.putIfAbsent(key.substring(bar + 1), site.getValue());
            }
        }
        List<Entity> out = entities;
        for (int i = 0; i < out.size() && !siteByName.isEmpty(); i++) {
            Entity e = out.get(i);
            Integer site = e.type() == EntityType.LOCATION && e.id().startsWith(RULE_ID)
                    ? siteByName.get(CharFolding.fold(e.name())) : null;
            if (site == null || site == i) {
                continue;
            }
            if (out == entities) {
                out = new ArrayList<>(entities);
            }
            absorb(out, site, i--, siteByName);
        }
        return out;
    }

    /**
     * Joins entity {@code from} into entity {@code into}, which keeps its id, name and method, removes {@code from}, and
     * moves the indices past it in {@code indices} down by one.
     */
    private static void absorb(List<Entity> out, int into, int from, Map<String, Integer> indices) {
        Entity whole = out.get(into);
        out.set(into, joined(whole, out.get(from), whole.id(), whole.name(), whole.method()));
        out.remove(from);
        indices.replaceAll((key, index) -> index > from ? index - 1 : index);
    }

    private static final String RULE_ID = "ws:name:";

    /** One entity of both entities' mentions, with the id, name and method given. */
    private static Entity joined(Entity a, Entity b, String id, String name, String method) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Entity(id, name, a.type(), mentions, null, method, Math.max(a.confidence(), b.confidence()));
    }

    /** The site key of the entity's name or of the first of its mentions that has one ("Al Noor mosque"). */
    private String siteKey(Entity e) {
        String key = siteKey(e.name());
        for (int k = 0; key == null && k < e.mentions().size(); k++) {
            key = siteKey(e.mentions().get(k).text());
        }
        return key;
    }

    /** "port|beirut" for "Port of Beirut" and for "Beirut port", or null when the name is no site's written so. */
    private String siteKey(String name) {
        if (name.indexOf(' ') < 0) {
            return null; // one word: no site head beside a name (most places' mentions: "Syria", "Gaza")
        }
        String[] words = CharFolding.fold(name).split(" ");
        int n = words.length;
        String head = n >= 2 ? FOREIGN_HEADS.get(words[0]) : null;
        if (head != null) { // "Masjid Al Noor", "Pont Alexandre III", "Stadion Kanjuruhan"
            return head + "|" + String.join(" ", Arrays.copyOfRange(words, 1, n));
        }
        if (n >= 3 && (lexicon.siteHeads.contains(words[0]) || CHURCH_HEADS.contains(words[0]))
                && words[1].equals("of")) {
            int from = words[2].equals("the") && n >= 4 ? 3 : 2;
            return kindOfHead(words[0]) + "|" + String.join(" ", Arrays.copyOfRange(words, from, n));
        }
        if (n >= 2 && lexicon.siteHeads.contains(words[0]) && !lexicon.siteHeads.contains(words[n - 1])) {
            // "mine Eynez", "port Tanjung Priok": translated text's head before the name ("Eynez mine" after it)
            return kindOfHead(words[0]) + "|" + String.join(" ", Arrays.copyOfRange(words, 1, n));
        }
        for (int h = Math.max(1, n - 3); h < n; h++) { // "Estcourt Correctional Centre" and "Estcourt prison"
            String kind = SITE_KINDS.get(String.join(" ", Arrays.copyOfRange(words, h, n)));
            if (kind != null) {
                return kind + "|" + siteName(words, h);
            }
        }
        if (n >= 2 && (lexicon.siteHeads.contains(words[n - 1]) || FOREIGN_HEADS.containsValue(words[n - 1])
                || CHURCH_HEADS.contains(words[n - 1]))) {
            return kindOfHead(words[n - 1]) + "|" + siteName(words, n - 1);
        }
        String after = n >= 2 ? FOREIGN_HEADS_AFTER.get(words[n - 1]) : null;
        if (after != null) { // "Babri Masjid" and "Babri mosque", "Ram Mandir" and "Ram temple"
            return kindOfHead(after) + "|" + siteName(words, n - 1);
        }
        return null;
    }

    /**
     * Heads a translation writes for one building of worship: "the Temple of Christ the Saviour" (Russian "khram") is
     * "the Cathedral of Christ the Saviour".
     */
    private static String kindOfHead(String head) {
        return CHURCH_HEADS.contains(head) ? "church" : head;
    }

    private static final Set<String> CHURCH_HEADS = Set.of("church", "cathedral", "temple", "basilica", "chapel");

    /** Words that say what a site is, which a second mention leaves out: "Dangote Petroleum Refinery ... Dangote refinery". */
    private static final Set<String> SITE_KIND_WORDS = Set.of("petroleum", "oil", "gas", "crude", "nuclear", "power",
            "international", "national", "regional", "military", "central", "main", "hydroelectric", "hydropower",
            "copper", "gold", "coal", "lithium", "fertiliser", "fertilizer", "cement", "steel", "container", "deep-water",
            "platinum", "diamond", "silver", "iron", "zinc", "nickel", "cobalt", "uranium");

    /** The name words before the head, without the kind words, unless they are all it has. */
    private static String siteName(String[] words, int head) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < head; k++) {
            if (!SITE_KIND_WORDS.contains(words[k]) || k == 0) {
                sb.append(sb.length() == 0 ? "" : " ").append(words[k]);
            }
        }
        return sb.toString();
    }

    /**
     * Heads that name one kind of site in different words, so that the site written with one of them is the site
     * written with another: "Estcourt Correctional Centre ... Estcourt prison", "Linwood Islamic Centre ... Linwood
     * mosque", "Wenchang Space Launch Site ... Wenchang launch site".
     */
    private static final Map<String, String> SITE_KINDS = Map.ofEntries(Map.entry("prison", "prison"),
            Map.entry("jail", "prison"), Map.entry("gaol", "prison"), Map.entry("penitentiary", "prison"),
            Map.entry("correctional centre", "prison"), Map.entry("correctional center", "prison"),
            Map.entry("correctional facility", "prison"), Map.entry("correctional institution", "prison"),
            Map.entry("mosque", "mosque"), Map.entry("islamic centre", "mosque"), Map.entry("islamic center", "mosque"),
            Map.entry("launch site", "launch site"), Map.entry("space launch site", "launch site"),
            Map.entry("launch centre", "launch site"), Map.entry("launch center", "launch site"),
            Map.entry("space centre", "launch site"), Map.entry("space center", "launch site"),
            Map.entry("cosmodrome", "launch site"), Map.entry("spaceport", "launch site"));

    /** Heads other languages write before a site's name, and the English head written after it. */
    private static final Map<String, String> FOREIGN_HEADS = Map.ofEntries(Map.entry("masjid", "mosque"),
            Map.entry("pont", "bridge"), Map.entry("ponte", "bridge"), Map.entry("puente", "bridge"),
            Map.entry("stadion", "stadium"), Map.entry("stade", "stadium"), Map.entry("estadio", "stadium"),
            Map.entry("palacio", "palace"), Map.entry("palais", "palace"), Map.entry("palazzo", "palace"),
            Map.entry("aeropuerto", "airport"), Map.entry("aeroporto", "airport"), Map.entry("aeroport", "airport"));

    /** Heads other languages write after a site's name, and the English head. */
    private static final Map<String, String> FOREIGN_HEADS_AFTER = Map.of("masjid", "mosque", "mandir", "temple",
            "camii", "mosque", "koprusu", "bridge");

    /**
     * "Rafah crossing", "Goma airport": a site named after a known town is a place of its own, as independent gold
     * writers label it, while the town's other mentions stay the town. Only for a knowledge-base place that is
     * not itself a site ("Hmeimim" is Hmeimim Air Base in the KB: its "Hmeimim air base" stays one entity), and
     * not for camps, which the bare name goes on calling ("Zamzam camp ... in Zamzam"). Keyed by the folded
     * site name, in first-mention order.
     */
    private Map<String, List<Candidate>> sitesOfATown(TokenizedText tt, List<Candidate> group) {
        Candidate kbFind = null;
        for (Candidate c : group) { // a loop, not a stream: this runs for every group of every article
            if (c.kb != null) {
                kbFind = c;
                break;
            }
        }
        if (kbFind == null || kbFind.kb.type() != EntityType.LOCATION || namesASite(kbFind.kb.name())) {
            return Map.of();
        }
        Map<String, List<Candidate>> sites = null; // made for the first site only: most towns have none
        for (Candidate c : group) {
            int end = siteEnd(tt, c);
            if (end == c.end) {
                continue; // no site head after it: no substring to build
            }
            String site = tt.text().substring(c.start, end);
            if (!site.endsWith("camp")) {
                if (sites == null) {
                    sites = new LinkedHashMap<>();
                }
                sites.computeIfAbsent(CharFolding.fold(site), k -> new ArrayList<>()).add(c);
            }
        }
        return sites == null ? Map.of() : sites;
    }

    private boolean namesASite(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return lexicon.siteHeads.contains(last) || lexicon.siteHeadsAfterKind.contains(last);
    }

    /** A site split off its town: a rule entity named by its fullest written form. */
    private Entity site(TokenizedText tt, List<Candidate> group) {
        List<Mention> mentions = new ArrayList<>(group.size());
        double confidence = 0;
        for (Candidate c : group) {
            int end = siteEnd(tt, c);
            mentions.add(new Mention(c.start, end, tt.text().substring(c.start, end)));
            confidence = Math.max(confidence, c.confidence);
        }
        String name = normalisedName(mentions.get(0).text());
        return new Entity("ws:name:" + slug(name), name, EntityType.LOCATION, mentions, null, "rule", confidence);
    }

    /** "Romeo Brawner Jr.": the period of a generational suffix is part of the name, as a person's own. */
    private static int suffixEnd(TokenizedText tt, Candidate c) {
        Token last = tt.get(c.lastToken);
        String text = tt.text();
        boolean suffix = last.fold.equals("jr") || last.fold.equals("sr");
        return suffix && c.end == last.end && c.end < text.length() && text.charAt(c.end) == '.' ? c.end + 1 : c.end;
    }

    private Entity entity(TokenizedText tt, List<Candidate> group) {
        List<Mention> mentions = new ArrayList<>(group.size());
        int lastStart = -1;
        int lastEnd = -1;
        String head = siteHeadOfTheGroup(tt, group);
        for (Candidate c : group) {
            if (c.start == lastStart && c.end == lastEnd) {
                continue;
            }
            int end = switch (c.type) {
                case LOCATION -> siteEnd(tt, c, head);
                case PERSON -> suffixEnd(tt, c);
                default -> c.end;
            };
            Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (c.type == EntityType.PERSON && c.tokenCount() == 1 && before != null && before.end() + 1 == c.start
                    && tt.text().charAt(before.end()) == ' ') {
                // "Fidel Castro Ruz": the known name and the second surname the rules joined to it are one mention
                mentions.set(mentions.size() - 1, new Mention(before.start(), end,
                        tt.text().substring(before.start(), end)));
                lastStart = c.start;
                lastEnd = c.end;
                continue;
            }
            mentions.add(new Mention(c.start, end, tt.text().substring(c.start, end)));
            lastStart = c.start;
            lastEnd = c.end;
        }
        Candidate kbFind = null;
        double confidence = 0;
        for (Candidate c : group) {
            if (c.kb != null && kbFind == null) {
                kbFind = c;
            }
            confidence = Math.max(confidence, c.confidence);
        }
        Candidate first = group.get(0);
        if (kbFind != null) {
            return new Entity(kbFind.kb.id(), kbFind.kb.name(), kbFind.kb.type(), mentions, null, "kb", confidence);
        }
        if (first.type == EntityType.DATE) {
            // one mention with its year written is enough for the value to be the writer's
            String method = Entity.METHOD_INFERRED_YEAR;
            for (Candidate c : group) {
                if (!Entity.METHOD_INFERRED_YEAR.equals(c.method)) {
                    method = "rule";
                    break;
                }
            }
            return new Entity(first.key, first.value, EntityType.DATE, mentions, first.value, method, confidence);
        }
        String name = canonicalName(tt, group);
        EntityType type = bodyNamedWithoutItsHead(tt, group) ? EntityType.ORGANIZATION : votedType(group);
        return new Entity("ws:name:" + slug(name), name, type, mentions, null, "rule", confidence);
    }

    /**
     * Where a place mention ends: after a lower-case site head that follows it in the same sentence ("Zaatari
     * camp", "Zaporizhzhia nuclear power plant"), else where the name ends.
     */
    private int siteEnd(TokenizedText tt, Candidate c) {
        return siteEnd(tt, c, null);
    }

    /**
     * The capitalised head that ends one of the group's place names of several words ("Akıncı Air Base"), which the
     * site's shorter name may take in lower case with no kind word before it ("the Akinci base"); null when none does.
     */
    private String siteHeadOfTheGroup(TokenizedText tt, List<Candidate> group) {
        for (Candidate c : group) {
            Token last = tt.get(c.lastToken);
            if (c.type == EntityType.LOCATION && c.tokenCount() >= 2 && last.capitalised && !last.allCaps
                    && (lexicon.siteHeads.contains(last) || lexicon.siteHeadsAfterKind.contains(last))) {
                return last.fold;
            }
        }
        return null;
    }

    private int siteEnd(TokenizedText tt, Candidate c, String groupHead) {
        List<Token> tokens = tt.tokens();
        Token last = tokens.get(c.lastToken);
        if (last.possessive || last.capitalised && lexicon.locHeads.contains(last)) {
            return c.end; // "the Black Sea corridor" is a route across the sea, not a site named Black Sea
        }
        for (int k = c.lastToken + 1; k < tokens.size() && k <= c.lastToken + 1 + MAX_KIND_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || t.capitalised) {
                return c.end;
            }
            boolean afterKind = k > c.lastToken + 1;
            // after a known town or region, only a facility's own head: "the Transnistria power plant" is a
            // description (whether it is one is asked last: it builds a string from the entry's name)
            if (DESCRIBED_SITE_HEADS.contains(t.fold) && !tokens.get(c.lastToken + 1).fold.equals("nuclear")
                    && c.kb != null && !namesASite(c.kb.name())) {
                return c.end; // but "the Khmelnytskyi nuclear power plant" is the plant's name
            }
            if (lexicon.siteHeads.contains(t) || afterKind && lexicon.siteHeadsAfterKind.contains(t)
                    || !afterKind && t.fold.equals(groupHead)) { // "Akıncı Air Base" ... "the Akinci base"
                return t.end; // a token's end leaves out a possessive "'s"
            }
            if (t.possessive || !lexicon.siteModifiers.contains(t)) {
                return c.end;
            }
        }
        return c.end;
    }

    /** The fullest form: most tokens, then earliest; spacing and quotes normalised. */
    private static String canonicalName(TokenizedText tt, List<Candidate> group) {
        Candidate best = group.get(0);
        for (Candidate c : group) {
            if (c.tokenCount() > best.tokenCount()) {
                best = c;
            }
        }
        return normalisedName(tt.text().substring(best.start, best.end));
    }

    /** Spacing and quotes normalised. */
    private static String normalisedName(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char f = CharFolding.fold(c);
            if (Character.isWhitespace(c) || f == '"') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(f == '\'' ? '\'' : f == '-' ? '-' : c);
        }
        return sb.toString();
    }

    /**
     * "Thomas Cook Group" ... "Thomas Cook", said three times: a body's name with its head, and the same words without
     * it, which read as a person's name, are the body's; the head decides however often the short form is used.
     */
    private boolean bodyNamedWithoutItsHead(TokenizedText tt, List<Candidate> group) {
        for (Candidate c : group) {
            Token head = tt.get(c.lastToken);
            if (c.type != EntityType.ORGANIZATION || c.tokenCount() < 2 || !head.capitalised || head.allCaps
                    || !lexicon.orgHeads.contains(head)) {
                continue;
            }
            for (Candidate d : group) {
                if (d.type == EntityType.PERSON && d.tokenCount() == c.tokenCount() - 1 && sameWords(tt, c, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code shorter}'s words are the first words of {@code longer}. */
    private static boolean sameWords(TokenizedText tt, Candidate longer, Candidate shorter) {
        for (int k = 0; k < shorter.tokenCount(); k++) {
            if (!tt.get(longer.firstToken + k).fold.equals(tt.get(shorter.firstToken + k).fold)) {
                return false;
            }
        }
        return true;
    }

    private static final EntityType[] TYPES = EntityType.values();

    /**
     * The type with the most confidence summed over the group's candidates, the first candidate's on a tie. Sums in
     * an array indexed by ordinal, not an EnumMap of boxed doubles: this runs for every rule entity of every article.
     */
    private static EntityType votedType(List<Candidate> group) {
        double[] votes = new double[TYPES.length];
        boolean[] voted = new boolean[TYPES.length];
        for (Candidate c : group) {
            int t = c.type.ordinal();
            votes[t] = voted[t] ? votes[t] + c.confidence : c.confidence; // as Map.merge: the first vote is the sum
            voted[t] = true;
        }
        EntityType best = group.get(0).type;
        for (EntityType type : TYPES) { // in ordinal order, as an EnumMap iterates
            if (voted[type.ordinal()] && votes[type.ordinal()] > votes[best.ordinal()]) {
                best = type;
            }
        }
        return best;
    }

    /** Stable id part: folded letters and digits, dashes between words. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char f = CharFolding.fold(name.charAt(i));
            if (Character.isLetterOrDigit(f)) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(f);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }
}
