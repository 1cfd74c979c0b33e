package io.wirestream.dedup.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of predicted duplicate clusters against story labels, over distinct
 * articles (a redelivered id counts once). Predicted clusters are the connected components of the
 * duplicateOf links.
 */
public final class PairwiseScore {

    private final Map<String, String> storyOf = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    public void article(String id, String story) {
        storyOf.putIfAbsent(id, story);
        parent.putIfAbsent(id, id);
    }

    public void link(String id, String duplicateOf) {
        parent.putIfAbsent(duplicateOf, duplicateOf);
        parent.put(find(id), find(duplicateOf));
    }

    private String find(String id) {
        String p = parent.get(id);
        if (p == null || p.equals(id)) {
            return id;
        }
        String root = find(p);
        parent.put(id, root);
        return root;
    }

    public Result result() {
        List<String> ids = new ArrayList<>(storyOf.keySet());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> falseMerges = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean same = storyOf.get(a).equals(storyOf.get(b));
                boolean merged = find(a).equals(find(b));
                if (same && merged) {
                    tp++;
                } else if (merged) {
                    fp++;
                    falseMerges.add(storyOf.get(a) + " " + a + " ~ " + storyOf.get(b) + " " + b);
                } else if (same) {
                    fn++;
                    missed.add(storyOf.get(a) + " " + a + " ~ " + b);
                }
            }
        }
        return new Result(tp, fp, fn, falseMerges, missed);
    }

    public record Result(int truePairs, int falsePairs, int missedPairs, List<String> falseMerges,
                         List<String> missed) {

        public double precision() {
            return truePairs + falsePairs == 0 ? 1.0 : (double) truePairs / (truePairs + falsePairs);
        }

        public double recall() {
            return truePairs + missedPairs == 0 ? 1.0 : (double) truePairs / (truePairs + missedPairs);
        }
    }
}
