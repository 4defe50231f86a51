package io.github.dftk.parser;

/**
 * The Go string semantics BuildKit relies on, reproduced exactly, for every module that must
 * match BuildKit's messages and splitting: Go's {@code unicode.IsSpace},
 * {@code strings.TrimSpace}, {@code strings.ToLower}, {@code strconv.Quote}, {@code len()}
 * in bytes, {@code []rune}, and the {@code [\t\v\f\r ]+} whitespace class.
 *
 * <p>Texts are Java strings decoded by {@link DockerfileParser#decode}: bytes that are not
 * valid UTF-8 are kept as lone surrogates U+DC80..U+DCFF, so Go's byte-level behaviour on
 * invalid input can be reproduced here too.
 */
public final class GoStrings {

    private GoStrings() {
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(int c) {
        if (c < 0x100) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** BuildKit's {@code reWhitespace} class {@code [\t\v\f\r ]}. */
    public static boolean isTokenWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Index of the first character at or after {@code from} that is not {@link #isSpace}. */
    public static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last character before {@code to} that is not {@link #isSpace}. */
    public static int trimSpaceEnd(String s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Go's {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int start = skipSpace(s, 0, s.length());
        int end = trimSpaceEnd(s, start, s.length());
        return s.substring(start, end);
    }

    /** True for the lone surrogates that stand for an undecodable byte. */
    public static boolean isRawByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** Go's {@code len(s[from:to])}: the number of bytes of a char range. */
    public static int byteLength(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 || isRawByte(c)) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Go's {@code strings.ToLower}: simple (one-to-one) case mapping per code point, and, as
     * {@code strings.Map} does, every invalid byte becomes U+FFFD (but an all-ASCII string is
     * returned as it is).
     */
    public static String toLower(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            StringBuilder out = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    if (out == null) {
                        out = new StringBuilder(s);
                    }
                    out.setCharAt(i, (char) (c + ('a' - 'A')));
                }
            }
            return out == null ? s : out.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /** Go's {@code []rune(s)}: code points, with U+FFFD for each invalid byte. */
    public static int[] runes(String s) {
        return s.codePoints().map(cp -> cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp).toArray();
    }

    /** Go's {@code strconv.Quote}. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        appendQuoted(out, s);
        return out.toString();
    }

    /** Appends {@code s} quoted like Go's {@code strconv.Quote}. */
    public static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
                i++;
                continue;
            }
            if (isRawByte(c)) {
                appendHexByte(out, c - 0xDC00);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD; // a lone surrogate cannot come from valid UTF-8
            }
            if (isPrint(cp)) {
                out.appendCodePoint(cp);
                continue;
            }
            switch (cp) {
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (cp < ' ' || cp == 0x7F) {
                        appendHexByte(out, cp);
                    } else if (cp < 0x10000) {
                        out.append("\\u").append(hex(cp, 4));
                    } else {
                        out.append("\\U").append(hex(cp, 8));
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendHexByte(StringBuilder out, int b) {
        out.append("\\x").append(hex(b, 2));
    }

    private static String hex(int value, int digits) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
