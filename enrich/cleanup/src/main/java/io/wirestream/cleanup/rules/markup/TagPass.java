package io.wirestream.cleanup.rules.markup;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.TextProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Removes stray HTML tags of known elements ("&lt;p&gt;", "&lt;/span&gt;", "&lt;br/&gt;", comments); block-level tags
 * become a line break so paragraphs stay apart, inline tags vanish; script/style elements go with their
 * content. Unknown names ("a &lt; b", "&lt;3") are left alone, and so is a bare inline tag written as a word
 * ("the &lt;b&gt; tag", see {@link #isMention}). A tag may not span lines or exceed a few hundred chars, which keeps
 * the scan linear.
 */
public final class TagPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("markup.tags", Scope.ANY_LANGUAGE,
            "Removes stray HTML tags and comments; block tags become a line break. A bare inline tag written as a word (space or opening quote before, space or punctuation after, no closing tag later) is text about markup and stays.",
            "<p>Text</p> -> Text", "a <b>bold</b> move -> a bold move", "line<br>next -> line\\nnext",
            "the <b> tag -> unchanged");
    public static final RuleSpec CLOSING = RuleSpec.of("markup.closing-tag", Scope.ANY_LANGUAGE,
            "Removes a stray closing tag of any element name (a closing tag is never prose).",
            "the form</textarea> was sent -> the form was sent", "a < b, </3 -> unchanged");

    private static final int MAX_TAG = 400;

    private static final int MAX_COMMENT = 4000;

    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "tbody", "thead", "blockquote", "section", "article", "header", "footer", "hr",
            "figure", "figcaption", "pre", "dl", "dt", "dd", "nav", "aside", "main");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "center", "cite", "code", "em",
            "font", "i", "img", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "u", "td", "th",
            "iframe", "source", "video", "audio", "picture", "meta", "link", "time", "mark", "ins", "del", "wbr",
            "textarea", "input", "button", "label", "form", "select", "option", "noscript", "object", "embed", "svg",
            "canvas", "kbd", "tt", "var", "samp", "caption", "fieldset", "legend", "nobr", "address", "summary");
    private static final Set<String> WITH_CONTENT = Set.of("script", "style");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.LESS_THAN);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE, CLOSING);
    }

    @Override
    public boolean appliesToTitle() {
        return true;
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        String s = ctx.text();
        Map<String, Integer> lastClose = new HashMap<>(2);
        boolean tags = ctx.allows(RULE);
        boolean closing = ctx.allows(CLOSING);
        int i = s.indexOf('<');
        // where the last tag removed from a line's start ended: a bare tag after it with only blanks between is
        // part of the same run of markup, not a tag written as a word, so the whole run goes in one pass (one tag a
        // round would outlast the cleaner's rounds and leave the text to change when cleaned again)
        int lineStartRun = -1;
        while (i >= 0) {
            boolean lineStart = atLineStart(s, i) || lineStartRun >= 0 && blanksOnly(s, lineStartRun, i);
            int next = handle(s, i, out, ctx.isTitle(), lastClose, tags, closing, lineStart);
            lineStartRun = lineStart && next > i + 1 ? next : -1;
            i = s.indexOf('<', Math.max(next, i + 1));
        }
    }

    /**
     * Whether this pass would remove what starts at the '<' at {@code at} of {@code text}: how
     * {@link EntityPass} tells whether decoding an escaped '<' would make markup of the article's text.
     */
    static boolean removesAt(String text, int at, boolean tags, boolean closingTags) {
        Findings probe = new Findings();
        handle(text, at, probe, false, new HashMap<>(2), tags, closingTags, atLineStart(text, at));
        return probe.hasEdits();
    }

    /** Handles a '<' at {@code i}; returns where scanning resumes. */
    private static int handle(String s, int i, Findings out, boolean title, Map<String, Integer> lastClose,
            boolean tags, boolean closingTags, boolean lineStart) {
        int n = s.length();
        if (s.startsWith("<!--", i)) {
            if (!tags) {
                return i + 1;
            }
            int last = lastClose.computeIfAbsent("-->", k -> s.lastIndexOf("-->"));
            int close = last < i + 4 ? -1 : indexWithin(s, "-->", i + 4, i + MAX_COMMENT);
            if (close >= 0) {
                out.delete(RULE.id(), i, close + 3);
                return close + 3;
            }
            return i + 1;
        }
        int j = i + 1;
        boolean closing = j < n && s.charAt(j) == '/';
        if (closing) {
            j++;
        }
        int nameStart = j;
        while (j < n && j - nameStart < 12 && isNameChar(s.charAt(j))) {
            j++;
        }
        if (j == nameStart) {
            return i + 1;
        }
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        boolean block = BLOCK.contains(name);
        if (!block && !INLINE.contains(name) && !WITH_CONTENT.contains(name)) {
            return closing && closingTags ? strayClosing(s, i, j, out) : i + 1;
        }
        if (!tags) {
            return i + 1;
        }
        int end = tagEnd(s, j);
        if (end < 0) {
            return i + 1;
        }
        if (!closing && !block && end == j + 1 && !lineStart && isMention(s, i, end, name, lastClose)) {
            return end;
        }
        if (WITH_CONTENT.contains(name) && !closing) {
            int close = closingTag(s, name, end, lastClose);
            int closeEnd = close < 0 ? -1 : tagEnd(s, close + 2 + name.length());
            if (closeEnd < 0) {
                return i + 1;
            }
            out.delete(RULE.id(), i, closeEnd);
            return closeEnd;
        }
        boolean atLineEdge = lineStart || onlyTagsFollow(s, end);
        out.replace(RULE.id(), i, end, block && !title && !atLineEdge ? "\n" : (block && title ? " " : ""));
        return end;
    }

    /**
     * A bare opening tag of an inline element written as a word of the sentence ("the &lt;b&gt; tag", "a
     * &lt;script&gt; tag", "(&lt;i&gt;)"): space or an opening quote or bracket before it, space or punctuation after
     * it on the same line, and no closing tag of the element after it. That is how text talks about markup, and what
     * decoded escaped markup looks like, so it stays: stripping it would make cleaning the clean text edit it again.
     * Markup left in a page is glued to the words it wrapped ("a &lt;b&gt;bold&lt;/b&gt; move"), has attributes, a
     * closing tag, or stands at a line's edge; block elements ("&lt;br&gt;", "&lt;p&gt;") are never taken as words.
     */
    private static boolean isMention(String s, int i, int end, String name, Map<String, Integer> lastClose) {
        if (i == 0 || end >= s.length() || MENTION_BEFORE.indexOf(s.charAt(i - 1)) < 0
                || MENTION_AFTER.indexOf(s.charAt(end)) < 0) {
            return false;
        }
        return lastClose.computeIfAbsent(name, k -> lastIndexOfIgnoreCase(s, "</" + k)) < end;
    }

    private static final String MENTION_BEFORE = " \t\"'(\u201C\u2018[";
    private static final String MENTION_AFTER = " \t,.;:!?)]\"'\u201D\u2019";

    /** "&lt;/textarea&gt;": a closing tag of an element we do not know, letters only, no attributes. */
    private static int strayClosing(String s, int i, int nameEnd, Findings out) {
        for (int k = i + 2; k < nameEnd; k++) {
            if (!Chars.isLetter(s.charAt(k))) {
                return i + 1; // "</a1>": not an element name we would expect
            }
        }
        int k = nameEnd;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k >= s.length() || s.charAt(k) != '>') {
            return i + 1;
        }
        out.delete(CLOSING.id(), i, k + 1);
        return k + 1;
    }

    private static boolean atLineStart(String s, int i) {
        return i == 0 || s.charAt(i - 1) == '\n';
    }

    /** Only spaces and tabs in {@code s[from, to)}. */
    private static boolean blanksOnly(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Nothing but whitespace and (a few) further tags up to the end of the line or text. */
    private static boolean onlyTagsFollow(String s, int from) {
        int k = from;
        for (int tags = 0; tags < 8; tags++) {
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            if (k >= s.length() || s.charAt(k) == '\n' || s.charAt(k) == '\r') {
                return true;
            }
            if (s.charAt(k) != '<') {
                return false;
            }
            int j = k + 1;
            if (j < s.length() && s.charAt(j) == '/') {
                j++;
            }
            int nameStart = j;
            while (j < s.length() && j - nameStart < 12 && isNameChar(s.charAt(j))) {
                j++;
            }
            String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
            int end = BLOCK.contains(name) || INLINE.contains(name) ? tagEnd(s, j) : -1;
            if (end < 0) {
                return false;
            }
            k = end;
        }
        return false;
    }

    /** First {@code needle} in {@code s[from, limit)}, or -1; bounded so a run of openers stays linear. */
    private static int indexWithin(String s, String needle, int from, int limit) {
        int last = Math.min(limit, s.length()) - needle.length();
        for (int k = from; k <= last; k++) {
            if (s.startsWith(needle, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Offset of the closing tag of a script/style element after {@code from}, or -1. The last closing tag
     * in the text is looked up once per pass, so many unclosed openers cost O(1) each.
     */
    private static int closingTag(String s, String name, int from, Map<String, Integer> lastClose) {
        String needle = "</" + name;
        int last = lastClose.computeIfAbsent(name, k -> lastIndexOfIgnoreCase(s, needle));
        if (last < from) {
            return -1;
        }
        for (int k = from; k <= last; k++) {
            if (s.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    private static int lastIndexOfIgnoreCase(String s, String needle) {
        for (int k = s.length() - needle.length(); k >= 0; k--) {
            if (s.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Offset just past the '>' closing a tag whose name ends at {@code j}; -1 if it is not a tag. */
    private static int tagEnd(String s, int j) {
        int n = s.length();
        if (j >= n) {
            return -1;
        }
        char c = s.charAt(j);
        if (c == '>') {
            return j + 1;
        }
        if (c == '/' && j + 1 < n && s.charAt(j + 1) == '>') {
            return j + 2;
        }
        if (c != ' ' && c != '\t') {
            return -1;
        }
        int limit = Math.min(n, j + MAX_TAG);
        for (int k = j; k < limit; k++) {
            char d = s.charAt(k);
            if (d == '>') {
                return k + 1;
            }
            if (d == '<' || d == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
