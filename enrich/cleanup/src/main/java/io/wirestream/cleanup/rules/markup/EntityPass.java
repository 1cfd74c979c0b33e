package io.wirestream.cleanup.rules.markup;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;
import java.util.Map;

/**
 * Decodes HTML character references left in the text ("&amp;", "&#8217;", "&#x2014;"). Only references
 * with a terminating ';' and a known name or a valid, non-control code point are decoded, so "AT&T" or
 * "R&D" are never touched. Double-escaped text ("&amp;quot;") settles over the cleaner's repeat passes.
 *
 * <p>An escaped '<' is decoded only where {@link TagPass} would not take the result for markup: "the &amp;lt;b&amp;gt;
 * tag" becomes "the &lt;b&gt; tag", while "&amp;lt;p&amp;gt;Breaking&amp;lt;/p&amp;gt;" stays escaped, because
 * decoded it is indistinguishable from a stray tag and the next cleaning would delete it.
 */
public final class EntityPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("markup.entities", Scope.ANY_LANGUAGE,
            "Decodes HTML character references (named, decimal, hex) left in the text; escaped markup that decoded would read as a stray tag (a closing tag, a tag glued to words or with attributes) stays escaped.",
            "Smith &amp; Sons -> Smith & Sons", "it&#8217;s -> it’s", "&quot;yes&quot; -> \"yes\"", "the &lt;b&gt; tag -> the <b> tag",
            "&lt;p&gt;Hi&lt;/p&gt; -> unchanged");

    private static final int MAX_REFERENCE = 12;

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("sbquo", "\u201A"), Map.entry("bdquo", "\u201E"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00B7"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"), Map.entry("cent", "\u00A2"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("times", "\u00D7"),
            Map.entry("divide", "\u00F7"), Map.entry("plusmn", "\u00B1"), Map.entry("frac12", "\u00BD"),
            Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("prime", "\u2032"),
            Map.entry("Prime", "\u2033"), Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"),
            Map.entry("lrm", "\u200E"), Map.entry("rlm", "\u200F"),
            Map.entry("aacute", "\u00E1"), Map.entry("eacute", "\u00E9"), Map.entry("iacute", "\u00ED"),
            Map.entry("oacute", "\u00F3"), Map.entry("uacute", "\u00FA"), Map.entry("agrave", "\u00E0"),
            Map.entry("egrave", "\u00E8"), Map.entry("auml", "\u00E4"), Map.entry("ouml", "\u00F6"),
            Map.entry("uuml", "\u00FC"), Map.entry("Auml", "\u00C4"), Map.entry("Ouml", "\u00D6"),
            Map.entry("Uuml", "\u00DC"), Map.entry("Eacute", "\u00C9"), Map.entry("ccedil", "\u00E7"),
            Map.entry("ntilde", "\u00F1"), Map.entry("szlig", "\u00DF"), Map.entry("iuml", "\u00EF"),
            Map.entry("euml", "\u00EB"), Map.entry("ecirc", "\u00EA"), Map.entry("acirc", "\u00E2"),
            Map.entry("ocirc", "\u00F4"), Map.entry("atilde", "\u00E3"), Map.entry("otilde", "\u00F5"));

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.AMPERSAND);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public boolean appliesToTitle() {
        return true;
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        String s = ctx.text();
        boolean tags = ctx.allows(TagPass.RULE);
        boolean closingTags = ctx.allows(TagPass.CLOSING);
        int keepGt = -1; // the "&gt;" closing an escaped tag kept escaped
        int i = s.indexOf('&');
        while (i >= 0) {
            int semi = referenceEnd(s, i);
            String value = semi > i + 1 ? decode(s.substring(i + 1, semi)) : null;
            if (value != null && value.equals("<") && (tags || closingTags)
                    && TagPass.removesAt(probe(s, i, semi), i > 0 ? 1 : 0, tags, closingTags)) {
                // decoded, this would be markup and go on the next cleaning: escaped markup of that shape stays
                // escaped, the one form of it that cleaning leaves alone (docs/cleanup.md, "Escaped markup")
                keepGt = s.indexOf("&gt;", semi);
                value = null;
            } else if (value != null && i == keepGt) {
                value = null;
            }
            if (value != null) {
                int end = semi + 1;
                if (value.equals("&")) {
                    while (s.startsWith("amp;", end)) {
                        end += 4; // "&amp;amp;amp;": '&' escaped again and again is undone at once, not a level a round
                    }
                }
                out.replace(RULE.id(), i, end, value);
                i = s.indexOf('&', end);
            } else {
                i = s.indexOf('&', i + 1);
            }
        }
    }

    /** Offset of the ';' ending a character reference at {@code i}, or -1. */
    private static int referenceEnd(String s, int i) {
        int limit = Math.min(s.length(), i + MAX_REFERENCE);
        for (int k = i + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#') || c > 127) {
                return -1;
            }
        }
        return -1;
    }

    /** How far past an escaped '<' the probe decodes: a whole tag (400 chars at most) and what follows it. */
    private static final int PROBE = 480;

    /**
     * The text around the escaped '<' at {@code i} as this pass would leave it: the character before (decoded if
     * it ends a reference), then '<' and the next {@link #PROBE} characters with their references decoded. Bounded,
     * so a run of escaped tags stays linear.
     */
    private static String probe(String s, int i, int semi) {
        StringBuilder p = new StringBuilder(PROBE + 2);
        if (i > 0) {
            char before = s.charAt(i - 1);
            if (before == ';') {
                int amp = s.lastIndexOf('&', i - 1);
                String v = amp >= 0 && i - amp <= MAX_REFERENCE && amp + 1 < i - 1
                        ? decode(s.substring(amp + 1, i - 1)) : null;
                if (v != null && !v.isEmpty()) {
                    before = v.charAt(v.length() - 1);
                }
            }
            p.append(before);
        }
        p.append('<');
        int end = Math.min(s.length(), semi + 1 + PROBE);
        for (int k = semi + 1; k < end; k++) {
            char c = s.charAt(k);
            int refEnd = c == '&' ? referenceEnd(s, k) : -1;
            String v = refEnd > k + 1 && refEnd < end ? decode(s.substring(k + 1, refEnd)) : null;
            if (v != null) {
                p.append(v);
                k = refEnd;
            } else {
                p.append(c);
            }
        }
        return p.toString();
    }

    private static String decode(String ref) {
        if (ref.charAt(0) != '#') {
            return NAMED.get(ref);
        }
        try {
            int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                    ? Integer.parseInt(ref.substring(2), 16)
                    : Integer.parseInt(ref.substring(1));
            boolean control = cp < 0x20 && cp != '\n' && cp != '\t' || (cp >= 0x7F && cp < 0xA0);
            if (control || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return null;
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
