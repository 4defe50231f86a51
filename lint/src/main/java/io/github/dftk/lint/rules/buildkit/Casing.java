package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.parser.GoStrings;

/** Go's case tests as BuildKit's casing checks use them. */
final class Casing {

    private Casing() {
    }

    static boolean isLower(String s) {
        return GoStrings.toLower(s).equals(s);
    }

    static boolean isUpper(String s) {
        return toUpper(s).equals(s);
    }

    /** Go's {@code strings.ToUpper} for the text of a Dockerfile (simple per-code-point mapping). */
    static String toUpper(String s) {
        boolean upperAscii = true; // keywords almost always are: no copy then
        for (int i = 0; i < s.length() && upperAscii; i++) {
            char c = s.charAt(i);
            upperAscii = c < 0x80 && (c < 'a' || c > 'z');
        }
        if (upperAscii) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
        return out.toString();
    }
}
