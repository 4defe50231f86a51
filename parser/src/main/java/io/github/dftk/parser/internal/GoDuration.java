package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import java.util.Optional;

/** Go's {@code time.ParseDuration}, for HEALTHCHECK intervals: nanoseconds, or Go's error text. */
public final class GoDuration {

    /** Either a duration in nanoseconds or an error message. */
    public record Parsed(long nanos, Optional<String> error) {
    }

    private GoDuration() {
    }

    public static Parsed parse(String s) {
        String original = s;
        String error = "time: invalid duration " + GoStrings.quote(original);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return new Parsed(0, Optional.empty());
        }
        if (i == s.length()) {
            return new Parsed(0, Optional.of(error));
        }
        double total = 0;
        while (i < s.length()) {
            int numberStart = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
                i++;
            }
            int intEnd = i;
            int fracStart = i;
            int fracEnd = i;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                fracStart = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                fracEnd = i;
            }
            if (intEnd == numberStart && fracEnd == fracStart) {
                return new Parsed(0, Optional.of(error));
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                return new Parsed(0, Optional.of("time: missing unit in duration " + GoStrings.quote(original)));
            }
            double scale = switch (unit) {
                case "ns" -> 1;
                case "us", "\u00b5s", "\u03bcs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (scale < 0) {
                return new Parsed(0, Optional.of("time: unknown unit " + GoStrings.quote(unit) + " in duration "
                        + GoStrings.quote(original)));
            }
            String number = s.substring(numberStart, intEnd) + (fracEnd > fracStart ? "." + s.substring(fracStart, fracEnd) : "");
            if (number.startsWith(".")) {
                number = "0" + number;
            }
            if (number.endsWith(".")) {
                number = number + "0";
            }
            total += Double.parseDouble(number) * scale;
            if (total > Long.MAX_VALUE) {
                return new Parsed(0, Optional.of(error));
            }
        }
        long nanos = (long) total;
        return new Parsed(negative ? -nanos : nanos, Optional.empty());
    }
}
