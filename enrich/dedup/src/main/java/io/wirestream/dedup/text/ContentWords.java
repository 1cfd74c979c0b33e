package io.wirestream.dedup.text;

import java.util.ArrayList;
import java.util.List;

/** The tokens that identify a story: no stopwords, no stray single letters, lightly stemmed. */
public final class ContentWords {

    private ContentWords() {
    }

    public static List<String> of(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (Stopwords.contains(t)) {
                continue;
            }
            if (t.length() == 1 && !Character.isDigit(t.charAt(0))) {
                continue; // the "s" of "ISIS's" or the "t" of "don't" once quotes split them off
            }
            out.add(LightStemmer.stem(t));
        }
        return out;
    }
}
