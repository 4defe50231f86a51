package io.github.dftk.parser.shell;

/** Decodes the backslash escapes of bash's {@code $'…'} strings. */
final class AnsiCEscapes {

    private AnsiCEscapes() {
    }

    /**
     * Decodes the escape at {@code s[at]} (a backslash) into {@code out}; returns the offset
     * after it. Unknown escapes are kept as written, as bash does.
     */
    static int decode(String s, int at, int limit, StringBuilder out) {
        char c = s.charAt(at + 1);
        int next = at + 2;
        switch (c) {
            case 'a': out.append('\u0007'); return next;
            case 'b': out.append('\b'); return next;
            case 'e': case 'E': out.append('\u001b'); return next;
            case 'f': out.append('\f'); return next;
            case 'n': out.append('\n'); return next;
            case 'r': out.append('\r'); return next;
            case 't': out.append('\t'); return next;
            case 'v': out.append('\u000b'); return next;
            case '\\': case '\'': case '"': case '?': out.append(c); return next;
            case 'c':
                if (next < limit) {
                    out.append((char) (s.charAt(next) & 0x1f));
                    return next + 1;
                }
                out.append("\\c");
                return next;
            case 'x': return number(s, next, limit, 16, 2, out, "\\x");
            case 'u': return number(s, next, limit, 16, 4, out, "\\u");
            case 'U': return number(s, next, limit, 16, 8, out, "\\U");
            default:
                if (c >= '0' && c <= '7') {
                    return number(s, at + 1, limit, 8, 3, out, "\\");
                }
                out.append('\\').append(c);
                return next;
        }
    }

    private static int number(String s, int from, int limit, int radix, int maxDigits, StringBuilder out,
            String written) {
        int end = from;
        while (end < limit && end - from < maxDigits && Character.digit(s.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            out.append(written);
            return end;
        }
        int code = Integer.parseUnsignedInt(s.substring(from, end), radix);
        if (Character.isValidCodePoint(code)) {
            out.appendCodePoint(code);
        }
        return end;
    }
}
