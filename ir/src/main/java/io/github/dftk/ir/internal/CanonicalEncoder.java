package io.github.dftk.ir.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical byte encoding digests are computed over: every field as
 * {@code name:length:value\n}, lists as {@code name#count\n} followed by their items, so that
 * no two different definitions encode alike. Field order is fixed by the caller.
 */
final class CanonicalEncoder {

    private final StringBuilder out = new StringBuilder(128);

    CanonicalEncoder field(String name, String value) {
        out.append(name).append(':').append(value.length()).append(':').append(value).append('\n');
        return this;
    }

    CanonicalEncoder field(String name, boolean value) {
        return field(name, value ? "true" : "false");
    }

    CanonicalEncoder field(String name, long value) {
        return field(name, Long.toString(value));
    }

    CanonicalEncoder list(String name, List<String> values) {
        out.append(name).append('#').append(values.size()).append('\n');
        for (String value : values) {
            field("-", value);
        }
        return this;
    }

    /** {@code sha256:<hex>} of the encoding. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(sha.digest(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
