package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.tagging.Entity;
import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.Mention;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Turns candidates into the tagger's output: merges them in the document ({@link InDocumentResolver}),
 * then gives each group its id, canonical name, type and mentions, ordered by first mention.
 */
public final class EntityAssembler {
    private final InDocumentResolver resolver = new InDocumentResolver();

    public List<Entity> assemble(TokenizedText tt, List<Candidate> candidates, List<Integer> singles, KnowledgeBase kb) {
        InDocumentResolver.Groups groups = resolver.resolve(tt, candidates, singles, kb);
        Map<String, List<Candidate>> byRoot = new LinkedHashMap<>(); // candidates come sorted: first mention first
        for (Candidate c : groups.candidates()) {
            byRoot.computeIfAbsent(groups.unionFind().find(c.key), k -> new ArrayList<>()).add(c);
        }
        List<Entity> out = new ArrayList<>(byRoot.size());
        for (List<Candidate> group : byRoot.values()) {
            out.add(entity(tt, group));
        }
        return out;
    }

    private Entity entity(TokenizedText tt, List<Candidate> group) {
        List<Mention> mentions = new ArrayList<>(group.size());
        int lastStart = -1;
        int lastEnd = -1;
        for (Candidate c : group) {
            if (c.start == lastStart && c.end == lastEnd) {
                continue;
            }
            mentions.add(new Mention(c.start, c.end, tt.text().substring(c.start, c.end)));
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
            String method = group.stream().anyMatch(c -> !Entity.METHOD_INFERRED_YEAR.equals(c.method))
                    ? "rule" : Entity.METHOD_INFERRED_YEAR;
            return new Entity(first.key, first.value, EntityType.DATE, mentions, first.value, method, confidence);
        }
        String name = canonicalName(tt, group);
        return new Entity("ws:name:" + slug(name), name, votedType(group), mentions, null, "rule", confidence);
    }

    /** The fullest form: most tokens, then earliest; spacing and quotes normalised. */
    private static String canonicalName(TokenizedText tt, List<Candidate> group) {
        Candidate best = group.get(0);
        for (Candidate c : group) {
            if (c.tokenCount() > best.tokenCount()) {
                best = c;
            }
        }
        String raw = tt.text().substring(best.start, best.end);
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

    private static EntityType votedType(List<Candidate> group) {
        Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
        for (Candidate c : group) {
            votes.merge(c.type, c.confidence, Double::sum);
        }
        EntityType best = group.get(0).type;
        for (Map.Entry<EntityType, Double> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
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
