package io.wirestream.tagging.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * "JACKSON, Miss., Oct 17 (AP)", "in Cape Canaveral, Fla.": the news agencies' abbreviation of a U.S. state after a
 * town and a comma is that state. Only in that place: "Miss." and "Ind." are ordinary words elsewhere, which is why
 * these are no aliases of the knowledge base (whose matcher does not see the period).
 */
final class StateAbbreviations {
    /** Written form, with its periods, to the state's knowledge-base id (AP style; Georgia and Washington are left out). */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("Ala.", "ws:place:alabama"), Map.entry("Ariz.", "ws:place:arizona"),
            Map.entry("Ark.", "ws:place:arkansas"), Map.entry("Calif.", "Q99"), Map.entry("Colo.", "ws:place:colorado"),
            Map.entry("Conn.", "ws:place:connecticut"), Map.entry("Del.", "ws:place:delaware"), Map.entry("Fla.", "Q812"),
            Map.entry("Ill.", "ws:place:illinois"), Map.entry("Ind.", "ws:place:indiana"), Map.entry("Kan.", "ws:place:kansas"),
            Map.entry("Ky.", "ws:place:kentucky"), Map.entry("La.", "ws:place:louisiana"), Map.entry("Md.", "ws:place:maryland"),
            Map.entry("Mass.", "ws:place:massachusetts"), Map.entry("Mich.", "ws:place:michigan"),
            Map.entry("Minn.", "ws:place:minnesota"), Map.entry("Miss.", "ws:place:mississippi"),
            Map.entry("Mo.", "ws:place:missouri"), Map.entry("Mont.", "ws:place:montana"), Map.entry("Neb.", "ws:place:nebraska"),
            Map.entry("Nev.", "ws:place:nevada"), Map.entry("N.H.", "ws:place:new-hampshire"),
            Map.entry("N.J.", "ws:place:new-jersey"), Map.entry("N.M.", "ws:place:new-mexico"), Map.entry("N.Y.", "Q1384"),
            Map.entry("N.C.", "ws:place:north-carolina"), Map.entry("N.D.", "ws:place:north-dakota"),
            Map.entry("Okla.", "ws:place:oklahoma"), Map.entry("Ore.", "ws:place:oregon"), Map.entry("Pa.", "ws:place:pennsylvania"),
            Map.entry("R.I.", "ws:place:rhode-island"), Map.entry("S.C.", "ws:place:south-carolina"),
            Map.entry("S.D.", "ws:place:south-dakota"), Map.entry("Tenn.", "ws:place:tennessee"), Map.entry("Tex.", "Q1439"),
            Map.entry("Vt.", "ws:place:vermont"), Map.entry("Va.", "ws:place:virginia"), Map.entry("W.Va.", "ws:place:west-virginia"),
            Map.entry("Wis.", "ws:place:wisconsin"), Map.entry("Wyo.", "ws:place:wyoming"));

    /** The written forms by the folded first word, so a token costs one hash lookup. */
    private static final Map<String, List<String>> BY_FIRST_WORD = byFirstWord();

    private StateAbbreviations() {
    }

    private static Map<String, List<String>> byFirstWord() {
        Map<String, List<String>> out = new HashMap<>();
        for (String written : STATES.keySet()) {
            String first = written.substring(0, written.indexOf('.')).toLowerCase(Locale.ROOT);
            out.computeIfAbsent(first, f -> new ArrayList<>(2)).add(written);
        }
        return out;
    }

    /** The state abbreviated at token i after "Town, ", as a candidate whose mention keeps the period; else null. */
    static Candidate at(TokenizedText tt, int i, KnowledgeBase kb) {
        Token t = tt.get(i);
        String text = tt.text();
        if (i == 0 || !t.capitalised || t.end >= text.length() || text.charAt(t.end) != '.') {
            return null; // most tokens: no abbreviation
        }
        List<String> forms = BY_FIRST_WORD.get(t.fold);
        if (forms == null || !tt.gapBefore(i).equals(", ") || !tt.get(i - 1).capitalised) {
            return null;
        }
        for (String written : forms) {
            int end = t.start + written.length();
            if (!text.startsWith(written, t.start) || end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            int last = i;
            while (last + 1 < tt.size() && tt.get(last + 1).start < end) {
                last++;
            }
            KbEntry state = kb.find(STATES.get(written)).orElse(null);
            if (state == null || state.type() != EntityType.LOCATION) {
                return null;
            }
            return new Candidate(i, last, t.start, end, EntityType.LOCATION, state, null, "kb", 0.85, "kb:" + state.id());
        }
        return null;
    }
}
