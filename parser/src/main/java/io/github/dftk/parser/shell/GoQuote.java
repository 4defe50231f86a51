package io.github.dftk.parser.shell;

/**
 * Go's {@code strconv.Quote}, used to reproduce BuildKit's {@code failed to process "..."} errors.
 */
final class GoQuote {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"', '\\' -> out.append('\\').appendCodePoint(c);
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (isPrint(c)) {
                        out.appendCodePoint(c);
                    } else if (c < ' ' || c == 0x7F) {
                        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.getType(c) == Character.SURROGATE) {
                        // Go strings cannot hold a lone surrogate; it would be U+FFFD.
                        out.append("\\ufffd");
                    } else if (c < 0x10000) {
                        appendHex(out.append("\\u"), c, 4);
                    } else {
                        appendHex(out.append("\\U"), c, 8);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void appendHex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >> shift) & 0xF]);
        }
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    private static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.CONTROL, Character.FORMAT,
                    Character.PRIVATE_USE, Character.SURROGATE:
                return false;
            default:
                return true;
        }
    }
}
