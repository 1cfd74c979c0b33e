package io.wirestream.tagging.resolve;

import java.util.HashMap;
import java.util.Map;

/** Groups string keys; the root of a group is its earliest-registered key, so results do not depend on merge order. */
final class UnionFind {
    /**
     * A key's parent and registration order in one object: one hash lookup a find, then pointer steps (it was
     * two maps, a lookup per step of the path and a boxed order; the resolver asks find for every candidate).
     */
    private static final class Node {
        final String key;
        final int order;
        Node parent = this;

        Node(String key, int order) {
            this.key = key;
            this.order = order;
        }
    }

    private final Map<String, Node> nodes;

    /** Sized for the keys to come: the resolver registers every candidate's, and regrowing the map cost more. */
    UnionFind(int expectedKeys) {
        nodes = HashMap.newHashMap(expectedKeys);
    }

    void add(String key) {
        nodes.computeIfAbsent(key, k -> new Node(k, nodes.size())); // the size before this key: its order
    }

    String find(String key) {
        return root(nodes.get(key)).key;
    }

    private static Node root(Node node) {
        Node root = node;
        while (root.parent != root) {
            root = root.parent;
        }
        while (node != root) { // path compression, iterative so deep chains cannot overflow the stack
            Node next = node.parent;
            node.parent = root;
            node = next;
        }
        return root;
    }

    void union(String a, String b) {
        Node ra = root(nodes.get(a));
        Node rb = root(nodes.get(b));
        if (ra == rb) {
            return;
        }
        if (ra.order < rb.order) {
            rb.parent = ra;
        } else {
            ra.parent = rb;
        }
    }
}
