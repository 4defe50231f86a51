package io.github.dftk.ir.internal;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.GoStrings;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code units.RAMInBytes} of github.com/docker/go-units (v0.5.0, the version BuildKit uses):
 * a number Go's {@code ParseFloat} reads, an optional space, then an optional case-insensitive
 * suffix {@code b}, or {@code k m g t p} optionally followed by {@code b} or {@code ib}, all
 * binary (1k = 1024). Empty where go-units returns an error (BuildKit does not show its text).
 */
public final class RamSize {

    private static final String NUMBER_CHARS = "01234567890. ";

    private RamSize() {
    }

    public static OptionalLong parse(String size) {
        // go-units works on bytes; every byte it looks for is ASCII, so char indexes do.
        int sep = -1;
        for (int i = size.length() - 1; i >= 0; i--) {
            if (NUMBER_CHARS.indexOf(size.charAt(i)) >= 0) {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            return OptionalLong.empty();
        }
        String number = size.charAt(sep) == ' ' ? size.substring(0, sep) : size.substring(0, sep + 1);
        String suffix = size.substring(sep + 1);
        OptionalDouble parsed = GoNumbers.parseFloat(number);
        if (parsed.isEmpty() || parsed.getAsDouble() < 0) {
            return OptionalLong.empty();
        }
        double value = parsed.getAsDouble();
        if (suffix.isEmpty()) {
            return OptionalLong.of(GoNumbers.toInt64(value));
        }
        if (GoStrings.byteLength(suffix, 0, suffix.length()) > 3) {
            return OptionalLong.empty();
        }
        // The length is checked before lower-casing, as in Go: the Kelvin sign (3 bytes)
        // lower-cases to 'k' and then reads as a valid suffix.
        String lower = GoStrings.toLower(suffix);
        byte[] sfx = DockerfileParser.encode(lower);
        if (sfx[0] == 'b') {
            return sfx.length > 1 ? OptionalLong.empty() : OptionalLong.of(GoNumbers.toInt64(value));
        }
        long multiplier = switch (sfx[0]) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            case 'p' -> 1L << 50;
            default -> 0;
        };
        if (multiplier == 0) {
            return OptionalLong.empty();
        }
        value *= multiplier;
        if (sfx.length == 2 && sfx[1] != 'b' || sfx.length == 3 && (sfx[1] != 'i' || sfx[2] != 'b')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(GoNumbers.toInt64(value));
    }
}
