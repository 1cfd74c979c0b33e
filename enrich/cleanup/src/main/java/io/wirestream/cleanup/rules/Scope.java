package io.wirestream.cleanup.rules;

/** Which articles a rule may touch. */
public enum Scope {
    /** Language-neutral hygiene (encoding, invisible characters, whitespace): every article. */
    ANY_LANGUAGE,
    /** Rules that assume English spelling, punctuation or grammar: only articles detected as "en". */
    ENGLISH
}
