package io.wirestream.tagging.resolve;

import java.util.HashMap;
import java.util.Map;

/** Groups string keys; the root of a group is its earliest-registered key, so results do not depend on merge order. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    void add(String key) {
        if (parent.putIfAbsent(key, key) == null) {
            order.put(key, order.size());
        }
    }

    String find(String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String k = key;
        while (!k.equals(root)) { // path compression, iterative so deep chains cannot overflow the stack
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (order.get(ra) < order.get(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
