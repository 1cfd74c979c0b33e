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
 */
public final class EntityPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("markup.entities", Scope.ANY_LANGUAGE,
            "Decodes HTML character references (named, decimal, hex) left in the text.",
            "Smith &amp; Sons -> Smith & Sons", "it&#8217;s -> it’s", "&quot;yes&quot; -> \"yes\"");

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
        int i = s.indexOf('&');
        while (i >= 0) {
            int semi = -1;
            int limit = Math.min(s.length(), i + MAX_REFERENCE);
            for (int k = i + 1; k < limit; k++) {
                char c = s.charAt(k);
                if (c == ';') {
                    semi = k;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#') || c > 127) {
                    break;
                }
            }
            String value = semi > i + 1 ? decode(s.substring(i + 1, semi)) : null;
            if (value != null) {
                out.replace(RULE.id(), i, semi + 1, value);
                i = s.indexOf('&', semi + 1);
            } else {
                i = s.indexOf('&', i + 1);
            }
        }
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
