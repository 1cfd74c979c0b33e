package io.wirestream.cleanup.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The agency, trailer and attribution patterns: the bundled file plus any user file, which only adds.
 *
 * <p>Format: one pattern per line, {@code kind: value}; blank lines and lines starting with {@code #} are
 * ignored. Kinds are the keys of {@link PatternKind}. Values other than {@code agency} are Java regular
 * expressions, matched case-insensitively (ASCII folding); {@code {agency}} inside them stands for any agency name.
 */
public final class PatternSet {
    static final String BUNDLED = "/io/wirestream/cleanup/patterns.txt";

    private final Map<PatternKind, List<String>> raw;
    private final Pattern agencyLine;
    private final Pattern endMarker;
    private final Pattern newsCode;
    private final Pattern footerLine;
    private final Pattern attribution;
    private final Pattern deskLine;
    private final Pattern signOff;
    private final Pattern tailSignOff;

    private PatternSet(Map<PatternKind, List<String>> raw) {
        this.raw = raw;
        String agencies = raw.get(PatternKind.AGENCY).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String agency = agencies.isEmpty() ? "(?!)" : "(?:" + agencies + ")";
        this.agencyLine = compile("(?:the\\s+)?" + agency + "(?:\\s+news)?(?:\\s+agency)?", agency);
        this.endMarker = anyOf(PatternKind.END_MARKER, agency);
        this.newsCode = anyOf(PatternKind.NEWS_CODE, agency);
        this.footerLine = anyOf(PatternKind.FOOTER_LINE, agency);
        this.attribution = anyOf(PatternKind.ATTRIBUTION, agency);
        this.deskLine = anyOf(PatternKind.DESK_LINE, agency);
        // "--(QNA)", "-- (Bernama)", "--XYZ", "(QNA)": an agency, capitals, or (after a dash) a capitalised word in brackets
        String dashed = "(?:-{1,3}|[\u2013\u2014])[ \t]*(?:\\([ \t]*(?:{agency}|(?-i:[A-Z][A-Za-z]{1,15}))[ \t]*\\)"
                + "|{agency}|(?-i:[A-Z]{2,8}))(?:[ \t]*-{1,3})?";
        String bracketed = "\\([ \t]*(?:{agency}|(?-i:[A-Z]{2,8}))[ \t]*\\)";
        this.signOff = compile(dashed + "|" + bracketed, agency);
        this.tailSignOff = compile("(?<=[.!?\"\u201D])[ \t]*(?:" + dashed + "|" + bracketed + ")[ \t]*$", agency);
    }

    /** The bundled patterns only. */
    public static PatternSet bundled() {
        Map<PatternKind, List<String>> raw = emptyMap();
        try (InputStream in = PatternSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled pattern file missing: " + BUNDLED);
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + BUNDLED, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PatternSet(raw);
    }

    /** The bundled patterns extended by the user's file. */
    public static PatternSet bundledPlus(Path userFile) {
        PatternSet base = bundled();
        Map<PatternKind, List<String>> raw = copy(base.raw);
        try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            read(r, userFile.toString(), raw);
        } catch (IOException e) {
            throw new PatternFileException("cannot read pattern file " + userFile + ": " + e.getMessage(), e);
        }
        return new PatternSet(raw);
    }

    private static void read(Reader reader, String name, Map<PatternKind, List<String>> into) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            PatternKind kind = colon > 0 ? PatternKind.byKey(t.substring(0, colon).strip()) : null;
            String value = colon > 0 ? t.substring(colon + 1).strip() : "";
            if (kind == null || value.isEmpty()) {
                throw new PatternFileException(name + ":" + no + ": expected 'kind: pattern' with kind one of "
                        + kinds() + ", got: " + t, null);
            }
            if (kind != PatternKind.AGENCY) {
                try {
                    Pattern.compile(value.replace("{agency}", "x"));
                } catch (PatternSyntaxException e) {
                    throw new PatternFileException(name + ":" + no + ": bad regular expression: " + e.getDescription(), e);
                }
            }
            into.get(kind).add(value);
        }
    }

    private static String kinds() {
        List<String> keys = new ArrayList<>();
        for (PatternKind k : PatternKind.values()) {
            keys.add(k.key());
        }
        return String.join(", ", keys);
    }

    private static Map<PatternKind, List<String>> emptyMap() {
        Map<PatternKind, List<String>> m = new EnumMap<>(PatternKind.class);
        for (PatternKind k : PatternKind.values()) {
            m.put(k, new ArrayList<>());
        }
        return m;
    }

    private static Map<PatternKind, List<String>> copy(Map<PatternKind, List<String>> from) {
        Map<PatternKind, List<String>> m = emptyMap();
        from.forEach((k, v) -> m.get(k).addAll(v));
        return m;
    }

    private Pattern anyOf(PatternKind kind, String agency) {
        List<String> values = raw.get(kind);
        if (values.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return compile(values.stream().map(v -> "(?:" + v + ")").collect(Collectors.joining("|")), agency);
    }

    private static Pattern compile(String regex, String agency) {
        // ASCII case folding: several times faster than Unicode folding, and wire patterns are ASCII
        return Pattern.compile(regex.replace("{agency}", agency), Pattern.CASE_INSENSITIVE);
    }

    public List<String> values(PatternKind kind) {
        return List.copyOf(raw.get(kind));
    }

    /** A whole (trimmed) line that is only an agency's name. */
    public Pattern agencyLine() {
        return agencyLine;
    }

    public Pattern endMarker() {
        return endMarker;
    }

    public Pattern newsCode() {
        return newsCode;
    }

    public Pattern footerLine() {
        return footerLine;
    }

    /** A whole (trimmed) last line that signs off with an agency: "--(QNA)", "-- (Bernama)", "--XYZ". */
    public Pattern signOff() {
        return signOff;
    }

    /** The same sign-off after the last sentence of a line ("... said. -- (Bernama)"), found up to the line end. */
    public Pattern tailSignOff() {
        return tailSignOff;
    }

    /** A whole (trimmed) desk line, or a line's tail after its last sentence ("K.R / T.M"). */
    public Pattern deskLine() {
        return deskLine;
    }

    /** Matched with {@code lookingAt} at a sentence start. */
    public Pattern attribution() {
        return attribution;
    }
}
