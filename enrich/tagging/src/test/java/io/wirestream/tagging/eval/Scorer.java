package io.wirestream.tagging.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirestream.tagging.Entity;
import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.Mention;
import io.wirestream.tagging.text.CharFolding;

/**
 * Entity-level scoring. A predicted entity matches a gold entity of the same type when (dates) their ISO
 * values are equal, or (names) at least one predicted mention text equals a gold surface form (folded:
 * case, diacritics, quotes and dashes do not count). Each gold entity matches at most one prediction.
 * Alias merge: a gold entity written in two or more forms is merged when one predicted entity's mentions
 * cover every one of its forms.
 */
final class Scorer {
    int truePositives;
    int predicted;
    int gold;
    int mergeable;
    int merged;
    int withId;
    int idRight;
    final List<String> errors = new ArrayList<>();

    void score(String article, List<GoldArticle.GoldEntity> goldEntities, List<Entity> predictions) {
        predicted += predictions.size();
        gold += goldEntities.size();
        boolean[] used = new boolean[predictions.size()];
        for (GoldArticle.GoldEntity g : goldEntities) {
            Set<String> surfaces = folded(g.surfaces());
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < predictions.size(); i++) {
                Entity p = predictions.get(i);
                if (used[i] || p.type() != g.type()) {
                    continue;
                }
                int overlap = g.type() == EntityType.DATE
                        ? (g.value().equals(p.value()) ? 1 : 0)
                        : intersection(surfaces, mentionTexts(p));
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                truePositives++;
                if (g.id() != null && g.type() != EntityType.DATE) {
                    withId++;
                    if (g.id().equals(predictions.get(best).id())) {
                        idRight++;
                    } else {
                        errors.add(article + ": id of " + g.name() + " is " + predictions.get(best).id() + ", gold " + g.id());
                    }
                }
            } else {
                errors.add(article + ": missed " + g.type() + " " + g.name() + " " + g.surfaces());
            }
            if (surfaces.size() > 1) {
                mergeable++;
                boolean ok = predictions.stream().anyMatch(p -> mentionTexts(p).containsAll(surfaces));
                if (ok) {
                    merged++;
                } else {
                    errors.add(article + ": not merged " + g.name() + " " + g.surfaces());
                }
            }
        }
        for (int i = 0; i < predictions.size(); i++) {
            if (!used[i]) {
                Entity p = predictions.get(i);
                errors.add(article + ": spurious " + p.type() + " " + p.name() + " " + mentionTexts(p));
            }
        }
    }

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double idAccuracy() {
        return withId == 0 ? 1 : (double) idRight / withId;
    }

    double mergeAccuracy() {
        return mergeable == 0 ? 1 : (double) merged / mergeable;
    }

    String summary() {
        return String.format("entities gold=%d predicted=%d matched=%d  P=%.3f R=%.3f F1=%.3f  alias-merge=%d/%d=%.3f"
                        + "  kb-id=%d/%d", gold, predicted, truePositives, precision(), recall(), f1(), merged, mergeable,
                mergeAccuracy(), idRight, withId);
    }

    static Set<String> mentionTexts(Entity e) {
        Set<String> out = new HashSet<>();
        for (Mention m : e.mentions()) {
            out.add(normalise(m.text()));
        }
        return out;
    }

    private static Set<String> folded(List<String> surfaces) {
        Set<String> out = new HashSet<>();
        for (String s : surfaces) {
            out.add(normalise(s));
        }
        return out;
    }

    /**
     * Folded, spaces collapsed, and without a final period: "Ferdinand Marcos Jr." and "Ferdinand Marcos Jr" are one
     * surface (the gold sets write an abbreviation's period both ways; it says nothing about the entity).
     */
    static String normalise(String s) {
        String folded = CharFolding.fold(s.strip()).replaceAll("\\s+", " ");
        return folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
