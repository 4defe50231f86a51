package io.github.dftk.ir.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical byte encoding digests are computed over: every field as
 * {@code name:length:value\n} (length in UTF-16 units), lists as {@code name#count\n} followed
 * by their items, so that no two different definitions encode alike. Field order is fixed by
 * the caller. The UTF-8 bytes stream straight into SHA-256 through a small buffer: lowering
 * hashes every vertex, so no intermediate string is built, and each thread reuses one
 * encoder ({@link #start()}).
 */
final class CanonicalEncoder {

    /** The thread's digest and byte buffer, reused by every encoder. */
    private static final ThreadLocal<CanonicalEncoder> CURRENT = ThreadLocal.withInitial(CanonicalEncoder::new);

    private final MessageDigest sha;
    private final byte[] buffer = new byte[1024];
    private int used;

    private CanonicalEncoder() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The thread's encoder, emptied: finish one encoding with {@link #digest()} before starting the next. */
    static CanonicalEncoder start() {
        CanonicalEncoder encoder = CURRENT.get();
        encoder.sha.reset();
        encoder.used = 0;
        return encoder;
    }

    CanonicalEncoder field(String name, String value) {
        append(name);
        put(':');
        append(Integer.toString(value.length()));
        put(':');
        append(value);
        put('\n');
        return this;
    }

    CanonicalEncoder field(String name, boolean value) {
        return field(name, value ? "true" : "false");
    }

    CanonicalEncoder field(String name, long value) {
        return field(name, Long.toString(value));
    }

    CanonicalEncoder list(String name, List<String> values) {
        append(name);
        put('#');
        append(Integer.toString(values.size()));
        put('\n');
        for (String value : values) {
            field("-", value);
        }
        return this;
    }

    /** {@code sha256:<hex>} of the encoding. */
    String digest() {
        sha.update(buffer, 0, used);
        used = 0;
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** UTF-8, with unpaired surrogates as '?' (as {@code String.getBytes(UTF_8)} writes them). */
    private void append(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xF0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3F);
                put(0x80 | cp >> 6 & 0x3F);
                put(0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
    }

    private void put(int b) {
        if (used == buffer.length) {
            sha.update(buffer, 0, used);
            used = 0;
        }
        buffer[used++] = (byte) b;
    }
}
