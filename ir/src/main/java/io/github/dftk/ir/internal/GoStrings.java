package io.github.dftk.ir.internal;

import io.github.dftk.parser.DockerfileParser;

/**
 * Go's view of a string as bytes, for code that counts, quotes or lower-cases like Go does.
 *
 * <p>dftk keeps Dockerfile bytes that are not valid UTF-8 as the lone surrogates
 * U+DC80..U+DCFF (see {@link DockerfileParser#decode}); here each of them is one byte, as it
 * was in the file.
 */
public final class GoStrings {

    private GoStrings() {
    }

    /** True for a char that stands for one undecodable byte. */
    public static boolean isRawByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** The bytes Go would see. */
    public static byte[] bytes(String s) {
        return DockerfileParser.encode(s);
    }

    /** The inverse of {@link #bytes}. */
    public static String text(byte[] bytes) {
        return DockerfileParser.decode(bytes);
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

    /** Go's {@code strconv.Quote} ({@code %q} of a string). */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
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
                appendHex(out, "\\x", c - 0xDC00, 2);
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
                        appendHex(out, "\\x", cp, 2);
                    } else if (cp < 0x10000) {
                        appendHex(out, "\\u", cp, 4);
                    } else {
                        appendHex(out, "\\U", cp, 8);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void appendHex(StringBuilder out, String prefix, int value, int digits) {
        String h = Integer.toHexString(value);
        out.append(prefix).append("0".repeat(Math.max(0, digits - h.length()))).append(h);
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    private static boolean isPrint(int cp) {
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
