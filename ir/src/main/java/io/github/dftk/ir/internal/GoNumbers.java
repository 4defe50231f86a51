package io.github.dftk.ir.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The parts of Go's {@code strconv} that BuildKit uses to read mount and git options:
 * {@code ParseBool}, {@code ParseUint} with an explicit base, and {@code ParseFloat}. Each
 * returns empty where Go returns an error (BuildKit replaces the error text with its own).
 */
public final class GoNumbers {

    private GoNumbers() {
    }

    /** {@code strconv.ParseBool}: exactly 1 t T TRUE true True 0 f F FALSE false False. */
    public static Optional<Boolean> parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * {@code strconv.ParseUint(s, base, bits)} for a base from 2 to 36: digits only, no sign,
     * no prefix, no underscores (those need base 0), at most {@code 2^bits - 1}.
     */
    public static OptionalLong parseUint(String s, int base, int bits) {
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        long max = bits >= 64 ? -1L : (1L << bits) - 1;
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0 || s.charAt(i) >= 0x80) { // Character.digit also knows non-ASCII digits; Go does not
                return OptionalLong.empty();
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(max - d, base)) > 0) {
                return OptionalLong.empty();
            }
            value = value * base + d;
        }
        return OptionalLong.of(value);
    }

    /**
     * {@code strconv.ParseFloat(s, 64)}: Go's float literal syntax (sign, decimal or {@code 0x}
     * hexadecimal mantissa, exponent — required for hex —, underscores between digits, and
     * inf/infinity/nan), rounded to nearest; empty for a syntax error or a value out of range.
     */
    public static OptionalDouble parseFloat(String s) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (rest.equals("nan") && i == 0) {
            return OptionalDouble.of(Double.NaN);
        }
        boolean hex = i + 2 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x';
        if (hex) {
            i += 2;
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
            } else if (isDigit(c) || hex && isHexLetter(c)) {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return OptionalDouble.empty();
        }
        char expChar = hex ? 'p' : 'e';
        if (i < s.length() && (s.charAt(i) | 0x20) == expChar) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= s.length() || !isDigit(s.charAt(i))) {
                return OptionalDouble.empty();
            }
            for (; i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '_'); i++) {
                underscores |= s.charAt(i) == '_';
            }
        } else if (hex) {
            return OptionalDouble.empty(); // a hexadecimal mantissa needs a 'p' exponent
        }
        if (i != s.length() || underscores && !underscoresOk(s)) {
            return OptionalDouble.empty();
        }
        // The syntax is Go's and now checked; Java reads the same literals (without '_') and
        // rounds them the same way (to nearest, ties to even).
        double value = Double.parseDouble(s.replace("_", ""));
        if (Double.isInfinite(value)) {
            return OptionalDouble.empty(); // ErrRange
        }
        return OptionalDouble.of(value);
    }

    /** Go's {@code underscoreOK}: each '_' sits between digits, or between a base prefix and a digit. */
    private static boolean underscoresOk(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = (char) (s.charAt(1) | 0x20);
            if (p == 'b' || p == 'o' || p == 'x') {
                i = 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c) || hex && isHexLetter(c)) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexLetter(char c) {
        char l = (char) (c | 0x20);
        return l >= 'a' && l <= 'f';
    }

    /**
     * Go's {@code int64(f)} on amd64: truncation toward zero, and the "integer indefinite"
     * value {@code MinInt64} for NaN and anything outside the int64 range (Java would saturate).
     */
    public static long toInt64(double f) {
        if (Double.isNaN(f) || f >= 0x1p63 || f < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) f;
    }
}
