package io.wirestream.tagging.rules;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirestream.tagging.text.Token;

/**
 * Chinese names written family name first in pinyin: "Bo Xilai", "Gu Kailai", "Yi Gang", then "Bo" alone. A common
 * family name followed by a given name of one or two pinyin syllables. Hand-written: no library reads pinyin, and the
 * test is two set lookups and one small regular expression per two-word name.
 */
public final class ChineseNames {
    /** Common Chinese family names in pinyin (not "Hong", "Ho", "Lee": other languages' words and names as often). */
    private static final Set<String> FAMILY_NAMES = Set.of("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
            "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song",
            "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
            "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "zhong", "qiu", "hou",
            "xue", "lei", "duan", "hao", "kong", "shao", "mao", "qin", "gu", "bo", "xi", "yi", "wen", "fang", "shi", "bai",
            "kang", "qian", "tan", "yan", "geng", "jia", "cui", "meng", "qi", "wan", "zou", "xiong", "lai", "yin");

    /** One pinyin syllable: an initial (or none) and a final. */
    private static final String SYLLABLE = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)";
    private static final Pattern GIVEN_NAME = Pattern.compile("(?:" + SYLLABLE + "){1,2}");

    private ChineseNames() {
    }

    /** Whether "family given" is a Chinese name written family name first ("Xu Ming", "Gu Kailai"). */
    public static boolean familyNameFirst(Token family, Token given) {
        return family.capitalised && !family.allCaps && !family.possessive && FAMILY_NAMES.contains(family.fold)
                && given.capitalised && !given.allCaps && !given.breakBefore && given.length() >= 2
                && GIVEN_NAME.matcher(given.fold).matches();
    }
}
