package io.wirestream.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes from the web to text. The candidates, in order: the byte-order mark, the HTTP {@code Content-Type} charset,
 * what the document itself declares (XML declaration or HTML {@code <meta>}), UTF-8. The first that decodes the
 * bytes without error wins; when none does (a declared charset that is wrong), windows-1252, which decodes any
 * byte, and the caller is told the text was guessed.
 */
public final class Charsets {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The text, the charset it was read with, and whether that was a guess after the declared ones failed. */
    public record Decoded(String text, Charset charset, boolean guessed) {
    }

    public static Decoded decode(byte[] bytes, String contentType) {
        Set<Charset> candidates = new LinkedHashSet<>();
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            candidates.add(StandardCharsets.UTF_8);
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            candidates.add(StandardCharsets.UTF_16BE);
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            candidates.add(StandardCharsets.UTF_16LE);
            skip = 2;
        }
        if (contentType != null) {
            named(HEADER_CHARSET.matcher(contentType)).ifPresent(candidates::add);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        named(XML_ENCODING.matcher(head)).ifPresent(candidates::add);
        named(META_CHARSET.matcher(head)).ifPresent(candidates::add);
        candidates.add(StandardCharsets.UTF_8);
        Charset first = candidates.iterator().next();
        if (skip == 0 && !first.equals(StandardCharsets.UTF_8) && first.newEncoder().maxBytesPerChar() == 1
                && hasNonAscii(bytes) && decodes(bytes, StandardCharsets.UTF_8)) {
            // declared single-byte, but multi-byte UTF-8 sequences that decode cleanly: a wrong declaration
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        for (Charset charset : candidates) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
                return new Decoded(text, charset, false);
            } catch (CharacterCodingException e) {
                // the next candidate
            }
        }
        Charset fallback = Charset.forName("windows-1252");
        return new Decoded(new String(bytes, skip, bytes.length - skip, fallback), fallback, true);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static java.util.Optional<Charset> named(Matcher matcher) {
        if (!matcher.find()) {
            return java.util.Optional.empty();
        }
        try {
            Charset charset = Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT));
            // ISO-8859-1 decodes every byte, so as a label it never fails: read it as windows-1252, which browsers do
            return java.util.Optional.of(charset.equals(StandardCharsets.ISO_8859_1)
                    ? Charset.forName("windows-1252") : charset);
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

}
