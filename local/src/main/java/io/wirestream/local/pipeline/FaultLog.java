package io.wirestream.local.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fault suite did and how long each service took to resume its output after a kill. */
final class FaultLog {

    /** One fault: when (seconds into the run), what, and the resume time in ms (-1: nothing was waiting). */
    record Entry(double atSeconds, String fault, long resumeMillis, String note) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(double atSeconds, String fault, long resumeMillis, String note) {
        entries.add(new Entry(atSeconds, fault, resumeMillis, note));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Per fault kind: count, and min / median / max resume time over the kills that had work waiting. */
    List<String> summary() {
        Map<String, List<Long>> byFault = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) {
            counts.merge(e.fault(), 1, Integer::sum);
            if (e.resumeMillis() >= 0) {
                byFault.computeIfAbsent(e.fault(), k -> new ArrayList<>()).add(e.resumeMillis());
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((fault, n) -> {
            List<Long> times = byFault.getOrDefault(fault, List.of()).stream().sorted().toList();
            lines.add(times.isEmpty() ? String.format("%-16s %2d   resume: no work was waiting", fault, n)
                    : String.format("%-16s %2d   resume after restart: min %.1f s, median %.1f s, max %.1f s (%d measured)",
                            fault, n, times.get(0) / 1e3, times.get(times.size() / 2) / 1e3,
                            times.get(times.size() - 1) / 1e3, times.size()));
        });
        return lines;
    }

    long maxResumeMillis() {
        return entries.stream().mapToLong(Entry::resumeMillis).max().orElse(-1);
    }
}
