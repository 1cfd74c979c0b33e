package io.wirestream.cleanup.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The running result of many rule passes over one original text, kept as a list of changes in
 * ORIGINAL coordinates. Each pass proposes edits against the current text; {@link #apply} folds them in,
 * merging a new edit with an earlier change only when they overlap (or when an insertion touches one, which
 * would otherwise make the order of replay ambiguous). Replaying {@link #changes()} on the original text
 * always yields {@link #current()}.
 */
public final class EditLog {

    /** A span {@code [origStart, origEnd)} of the original that now reads {@code after}; rules joined by '+'. */
    public record Change(int origStart, int origEnd, String after, String rules) {}

    private final String original;
    private String current;
    private List<Change> changes = List.of();

    public EditLog(String original) {
        this.original = original;
        this.current = original;
    }

    public String original() {
        return original;
    }

    public String current() {
        return current;
    }

    public List<Change> changes() {
        return changes;
    }

    /** Applies edits (sorted, non-overlapping, in current-text coordinates) and records them. */
    public void apply(List<LocalEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        String before = current;
        current = applyTo(before, edits);
        changes = compose(before, edits);
    }

    static String applyTo(String text, List<LocalEdit> edits) {
        // into a char[] with bulk copies: a StringBuilder copies a non-Latin-1 text (curly quotes) char by char
        int length = text.length();
        for (LocalEdit e : edits) {
            length += e.after().length() - (e.end() - e.start());
        }
        char[] out = new char[length];
        int pos = 0;
        int w = 0;
        for (LocalEdit e : edits) {
            text.getChars(pos, e.start(), out, w);
            w += e.start() - pos;
            String after = e.after();
            after.getChars(0, after.length(), out, w);
            w += after.length();
            pos = e.end();
        }
        text.getChars(pos, text.length(), out, w);
        return new String(out);
    }

    /**
     * One sweep over the earlier changes and the new edits, both sorted by their position in the current
     * text. Items that must merge form a cluster; a cluster's original range follows from the offset delta
     * accumulated before it (start) and through it (end).
     */
    private List<Change> compose(String text, List<LocalEdit> edits) {
        List<Change> out = new ArrayList<>(changes.size() + edits.size());
        int ci = 0;
        int ei = 0;
        int delta = 0; // current minus original offset, over the changes already passed
        while (ci < changes.size() || ei < edits.size()) {
            Change c = ci < changes.size() ? changes.get(ci) : null;
            LocalEdit e = ei < edits.size() ? edits.get(ei) : null;
            int cStart = c == null ? Integer.MAX_VALUE : c.origStart() + delta;
            boolean changeFirst = e == null || (c != null && cStart <= e.start() && !(e.isInsertion() && cStart == e.start()));
            if (changeFirst && (e == null || cStart + c.after().length() < e.start()
                    || (cStart + c.after().length() == e.start() && !e.isInsertion()))) {
                // an earlier change no new edit touches: keep it as it is
                out.add(c);
                delta += c.after().length() - (c.origEnd() - c.origStart());
                ci++;
                continue;
            }
            // start a cluster with whichever item comes first
            int deltaBefore = delta;
            int s;
            int end;
            List<LocalEdit> members = new ArrayList<>(2);
            Set<String> rules = new LinkedHashSet<>();
            boolean lastIsInsertion;
            if (changeFirst) {
                s = cStart;
                end = cStart + c.after().length();
                addRules(rules, c.rules());
                delta += c.after().length() - (c.origEnd() - c.origStart());
                ci++;
                lastIsInsertion = false;
            } else {
                s = e.start();
                end = e.end();
                members.add(e);
                ei++;
                lastIsInsertion = e.isInsertion();
            }
            // absorb every following item that overlaps the cluster (or touches it through an insertion)
            while (true) {
                Change nc = ci < changes.size() ? changes.get(ci) : null;
                LocalEdit ne = ei < edits.size() ? edits.get(ei) : null;
                int ncStart = nc == null ? Integer.MAX_VALUE : nc.origStart() + delta;
                boolean takeChange = nc != null && (ne == null || ncStart <= ne.start());
                if (takeChange) {
                    boolean joins = ncStart < end || (ncStart == end && lastIsInsertion);
                    if (!joins) {
                        break;
                    }
                    end = Math.max(end, ncStart + nc.after().length());
                    addRules(rules, nc.rules());
                    delta += nc.after().length() - (nc.origEnd() - nc.origStart());
                    ci++;
                    lastIsInsertion = false;
                } else if (ne != null) {
                    boolean joins = ne.start() < end || (ne.start() == end && (ne.isInsertion() || lastIsInsertion));
                    if (!joins) {
                        break;
                    }
                    members.add(ne);
                    end = Math.max(end, ne.end());
                    ei++;
                    lastIsInsertion = ne.isInsertion();
                } else {
                    break;
                }
            }
            int origStart = s - deltaBefore;
            int origEnd = end - delta;
            StringBuilder after = new StringBuilder();
            int pos = s;
            for (LocalEdit m : members) {
                after.append(text, pos, m.start()).append(m.after());
                pos = m.end();
                rules.add(m.rule());
            }
            after.append(text, pos, end);
            String afterText = after.toString();
            if (!original.regionMatches(origStart, afterText, 0, afterText.length()) || origEnd - origStart != afterText.length()) {
                out.add(new Change(origStart, origEnd, afterText, String.join("+", rules)));
            }
        }
        return out;
    }

    private static void addRules(Set<String> into, String joined) {
        for (String r : joined.split("\\+")) {
            into.add(r);
        }
    }

    /** Maps a start offset in the current text back to the original text. */
    public int originalStart(int cur) {
        int delta = 0;
        for (Change c : changes) {
            int cs = c.origStart() + delta;
            int ce = cs + c.after().length();
            if (cur < cs) {
                break;
            }
            if (cur < ce) {
                return c.origStart();
            }
            delta += c.after().length() - (c.origEnd() - c.origStart());
        }
        return cur - delta;
    }

    /** Maps an end offset in the current text back to the original text. */
    public int originalEnd(int cur) {
        int delta = 0;
        for (Change c : changes) {
            int cs = c.origStart() + delta;
            int ce = cs + c.after().length();
            if (cur <= cs) {
                break;
            }
            if (cur < ce) {
                return c.origEnd();
            }
            delta += c.after().length() - (c.origEnd() - c.origStart());
        }
        return cur - delta;
    }
}
