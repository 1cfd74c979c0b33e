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
            Map.entry("Ala.", "Q173"), Map.entry("Ariz.", "Q816"),
            Map.entry("Ark.", "Q1612"), Map.entry("Calif.", "Q99"), Map.entry("Colo.", "Q1261"),
            Map.entry("Conn.", "Q779"), Map.entry("Del.", "Q1393"), Map.entry("Fla.", "Q812"),
            Map.entry("Ill.", "Q1204"), Map.entry("Ind.", "Q1415"), Map.entry("Kan.", "Q1558"),
            Map.entry("Ky.", "Q1603"), Map.entry("La.", "Q1588"), Map.entry("Md.", "Q1391"),
            Map.entry("Mass.", "Q771"), Map.entry("Mich.", "Q1166"),
            Map.entry("Minn.", "Q1527"), Map.entry("Miss.", "Q1494"),
            Map.entry("Mo.", "Q1581"), Map.entry("Mont.", "Q1212"), Map.entry("Neb.", "Q1553"),
            Map.entry("Nev.", "Q1227"), Map.entry("N.H.", "Q759"),
            Map.entry("N.J.", "Q1408"), Map.entry("N.M.", "Q1522"), Map.entry("N.Y.", "Q1384"),
            Map.entry("N.C.", "Q1454"), Map.entry("N.D.", "Q1207"),
            Map.entry("Okla.", "Q1649"), Map.entry("Ore.", "Q824"), Map.entry("Pa.", "Q1400"),
            Map.entry("R.I.", "Q1387"), Map.entry("S.C.", "Q1456"),
            Map.entry("S.D.", "Q1211"), Map.entry("Tenn.", "Q1509"), Map.entry("Tex.", "Q1439"),
            Map.entry("Vt.", "Q16551"), Map.entry("Va.", "Q1370"), Map.entry("W.Va.", "Q1371"),
            Map.entry("Wis.", "Q1537"), Map.entry("Wyo.", "Q1214"));

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
        if (forms == null || !tt.gapIs(i, ", ") || !tt.get(i - 1).capitalised) {
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
