package io.wirestream.cleanup.rules.agency;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.patterns.PatternSet;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips wire-copy footers from the end of the body, walking up from the last line while lines are
 * trailers: closing markers, an agency's name alone, desk codes, source lines, dash sign-offs ("--(QNA)"),
 * separator rules, short capitals codes. The kinds are separate rules (each can be disabled) sharing one
 * walk, since their lines come in any order. A desk code or a sign-off at the tail of the last sentence
 * ("... said. / 1010 /", "... said. -- (Bernama)") is cut too. Only short lines qualify (and separators,
 * whose check is a linear scan), and the walk never removes the first line. Editors' initials and agency
 * names between paragraphs are {@link DeskLinePass}'s.
 */
public final class TrailerPass implements Pass {
    public static final RuleSpec END_MARKER = RuleSpec.of("trailer.end-marker", Scope.ENGLISH,
            "Removes closing markers such as \"end of message\" on the last lines.",
            "...response.\\nend of message -> ...response.");
    public static final RuleSpec AGENCY_NAME = RuleSpec.of("trailer.agency-name", Scope.ENGLISH,
            "Removes an agency's name standing alone on the last lines (patterns file: agency).",
            "...response.\\nRCO NEWS\\nRCO -> ...response.");
    public static final RuleSpec NEWS_CODE = RuleSpec.of("trailer.news-code", Scope.ENGLISH,
            "Removes desk codes such as \"/ 1010 /\" on the last line or at its end.",
            "...the minister said. / 1010 / -> ...the minister said.");
    public static final RuleSpec SOURCE_LINE = RuleSpec.of("trailer.source-line", Scope.ENGLISH,
            "Removes \"Source: ...\" credit lines at the end of the body.",
            "...talks.\\nSource: IRNA -> ...talks.");
    public static final RuleSpec SIGN_OFF = RuleSpec.of("trailer.sign-off", Scope.ENGLISH,
            "Removes a dash-and-agency sign-off on a last line or at the end of the last sentence: \"--(QNA)\","
                    + " \"-- (Bernama)\", \"--XYZ\" (an agency, capitals, or a capitalised word in brackets).",
            "...talks.\\n--(QNA) -> ...talks.", "...talks. -- (Bernama) -> ...talks.", "...talks.\\n--XYZ -> ...talks.");
    public static final RuleSpec SEPARATOR = RuleSpec.of("trailer.separator", Scope.ENGLISH,
            "Removes a separator rule (3+ of = - * _ # ~) alone on one of the last lines; one inside the article stays.",
            "...talks.\\n======== -> ...talks.", "...talks.\\n* * * -> ...talks.");
    public static final RuleSpec AGENCY_CODE = RuleSpec.of("trailer.agency-code", Scope.ENGLISH,
            "Removes a short capitals code (2-6 letters) alone on one of the last lines, for agencies the"
                    + " patterns file does not name.",
            "...talks.\\nXNA -> ...talks.");

    private static final int MAX_TRAILER_LINE = 120;
    /** Capitals only, 2 to 6 letters: an agency's short name. */
    private static final Pattern CAPITALS_CODE = Pattern.compile("[A-Z]{2,6}");
    /** A desk code ending the last line, after a space or right after the sentence's closing mark. */
    private static final Pattern TAIL_CODE = Pattern.compile(
            "(?:[ \\t]+|(?<=[.!?\"\u201D)]))/[ \\t]*\\d{1,6}(?:[ \\t]*/[ \\t]*\\d{1,6})*[ \\t]*/[ \\t]*$");

    private final PatternSet patterns;

    public TrailerPass(PatternSet patterns) {
        this.patterns = patterns;
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(END_MARKER, AGENCY_NAME, NEWS_CODE, SOURCE_LINE, SIGN_OFF, SEPARATOR, AGENCY_CODE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        if (ctx.isTitle() || !ctx.isEnglish()) {
            return;
        }
        String s = ctx.text();
        int lineEnd = s.length();
        // skip trailing whitespace: it goes with the last removed line
        int contentEnd = trimEnd(s, lineEnd);
        boolean removedAny = false;
        while (contentEnd > 0) {
            int lineStart = s.lastIndexOf('\n', contentEnd - 1) + 1;
            if (lineStart == 0) {
                break; // never remove the first line: the body would be gone
            }
            RuleSpec kind = classify(ctx, s, lineStart, contentEnd);
            if (kind == null) {
                break;
            }
            int cutFrom = trimEnd(s, lineStart);
            out.delete(kind.id(), cutFrom, removedAny ? contentEnd : s.length());
            removedAny = true;
            contentEnd = cutFrom;
        }
        tailCode(ctx, s, contentEnd, removedAny, out);
    }

    /** "... said. / 1010 /" or "... said. -- (Bernama)" on the (new) last line: cut it and its leading space. */
    private void tailCode(PassContext ctx, String s, int contentEnd, boolean removedAny, Findings out) {
        if (contentEnd == 0) {
            return;
        }
        int lineStart = s.lastIndexOf('\n', contentEnd - 1) + 1;
        int from = Math.max(lineStart, contentEnd - 40);
        if (ctx.allows(NEWS_CODE)) {
            Matcher m = TAIL_CODE.matcher(s).region(from, contentEnd);
            m.useAnchoringBounds(true);
            if (m.find() && m.start() > lineStart) {
                out.delete(NEWS_CODE.id(), m.start(), removedAny ? contentEnd : s.length());
                return;
            }
        }
        if (ctx.allows(SIGN_OFF) && mayEndInSignOff(s, Math.max(lineStart, contentEnd - 60), contentEnd)) {
            Matcher m = patterns.tailSignOff().matcher(s).region(Math.max(lineStart, contentEnd - 60), contentEnd);
            m.useAnchoringBounds(true);
            if (m.find() && m.start() > lineStart) {
                out.delete(SIGN_OFF.id(), m.start(), removedAny ? contentEnd : s.length());
            }
        }
    }

    private RuleSpec classify(PassContext ctx, String s, int start, int end) {
        // a separator may be long (its scan is linear); any other trailer line is short
        if (ctx.allows(SEPARATOR) && isSeparator(s, start, end)) {
            return SEPARATOR;
        }
        if (end - start > MAX_TRAILER_LINE) {
            return null;
        }
        String raw = s.substring(start, end).strip();
        if (ctx.allows(SIGN_OFF) && patterns.signOff().matcher(raw).matches()) {
            return SIGN_OFF;
        }
        String line = trimDecoration(raw);
        if (line.isEmpty()) {
            return null;
        }
        if (ctx.allows(END_MARKER) && patterns.endMarker().matcher(line).matches()) {
            return END_MARKER;
        }
        if (ctx.allows(AGENCY_NAME) && patterns.agencyLine().matcher(line).matches()) {
            return AGENCY_NAME;
        }
        if (ctx.allows(NEWS_CODE) && patterns.newsCode().matcher(line).matches()) {
            return NEWS_CODE;
        }
        if (ctx.allows(SOURCE_LINE) && patterns.footerLine().matcher(line).matches()) {
            return SOURCE_LINE;
        }
        if (ctx.allows(AGENCY_CODE) && line.equals(raw) && CAPITALS_CODE.matcher(line).matches()) {
            return AGENCY_CODE;
        }
        return null;
    }

    /** Cheap gate before the regex: the line ends in ')' or a letter and has a dash or '(' near its end. */
    private static boolean mayEndInSignOff(String s, int from, int end) {
        char last = s.charAt(end - 1);
        if (last != ')' && !Character.isLetter(last)) {
            return false;
        }
        for (int i = end - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '-' || c == '(' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /** Three or more of = - * _ # ~ and nothing else but spaces: "========", "--------", "* * *". */
    private static boolean isSeparator(String s, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '=' || c == '-' || c == '*' || c == '_' || c == '#' || c == '~') {
                marks++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** Trims spaces and the '*', '-', '_' and '=' that wires wrap footers in; keeps slashes (desk codes). */
    private static String trimDecoration(String line) {
        int a = 0;
        int b = line.length();
        while (a < b && isDecoration(line.charAt(a))) {
            a++;
        }
        while (b > a && isDecoration(line.charAt(b - 1))) {
            b--;
        }
        return line.substring(a, b);
    }

    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '*' || c == '-' || c == '_' || c == '=' || c == '#';
    }

    private static int trimEnd(String s, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
