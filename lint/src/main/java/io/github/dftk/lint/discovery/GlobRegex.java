package io.github.dftk.lint.discovery;

import java.util.Map;
import java.util.Optional;

/**
 * Translates a gitignore glob into a regular expression with the meaning git's
 * {@code wildmatch} gives it under {@code WM_PATHNAME} (see {@link GitIgnorePattern}).
 */
final class GlobRegex {

    /** The POSIX classes {@code wildmatch} knows inside brackets, ASCII only as in git. */
    private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"),
            Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("xdigit", "\\p{XDigit}"));

    private final String glob;
    private final StringBuilder regex = new StringBuilder();
    private int pos;

    private GlobRegex(String glob) {
        this.glob = glob;
    }

    /** The regular expression, or empty when {@code wildmatch} never matches the glob. */
    static Optional<String> of(String glob) {
        GlobRegex translation = new GlobRegex(glob);
        return translation.translate() ? Optional.of(translation.regex.toString()) : Optional.empty();
    }

    private boolean translate() {
        while (pos < glob.length()) {
            char c = glob.charAt(pos);
            switch (c) {
                case '*' -> stars();
                case '?' -> {
                    regex.append("[^/]");
                    pos++;
                }
                case '[' -> {
                    if (!bracket()) {
                        return false;
                    }
                }
                case '\\' -> {
                    if (pos + 1 == glob.length()) {
                        return false; // nothing to escape: wildmatch never matches
                    }
                    literal(glob.codePointAt(pos + 1));
                    pos += 1 + Character.charCount(glob.codePointAt(pos + 1));
                }
                default -> {
                    literal(glob.codePointAt(pos));
                    pos += Character.charCount(glob.codePointAt(pos));
                }
            }
        }
        return true;
    }

    /** A run of stars: {@code **} spans directories only between slashes or the ends. */
    private void stars() {
        int start = pos;
        while (pos < glob.length() && glob.charAt(pos) == '*') {
            pos++;
        }
        boolean afterSlash = start == 0 || glob.charAt(start - 1) == '/';
        boolean beforeSlash = pos == glob.length() || glob.charAt(pos) == '/';
        if (pos - start < 2 || !afterSlash || !beforeSlash) {
            regex.append("[^/]*");
        } else if (pos == glob.length()) {
            regex.append(".*");
        } else {
            regex.append("(?:.*/)?"); // "**/": no directory or any number of them
            pos++;
        }
    }

    /**
     * A bracket expression: {@code !} or {@code ^} negates, a {@code ]} first is literal, ranges,
     * {@code [:class:]}, backslash escapes; it never matches {@code /}. False when unclosed or
     * naming an unknown class (wildmatch then matches nothing).
     */
    private boolean bracket() {
        int i = pos + 1;
        boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
        if (negated) {
            i++;
        }
        StringBuilder members = new StringBuilder();
        boolean first = true;
        while (true) {
            if (i >= glob.length()) {
                return false;
            }
            char c = glob.charAt(i);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' && glob.startsWith("[:", i)) {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    return false;
                }
                if (close > i + 2 && glob.charAt(close - 1) == ':') {
                    String name = CLASSES.get(glob.substring(i + 2, close - 1));
                    if (name == null) {
                        return false;
                    }
                    members.append(name);
                    i = close + 1;
                    continue;
                } // no ":]" before the "]": the "[" is an ordinary member
            }
            if (c == '\\') {
                i++;
                if (i >= glob.length()) {
                    return false;
                }
            }
            int low = glob.codePointAt(i);
            i += Character.charCount(low);
            if (i + 1 < glob.length() && glob.charAt(i) == '-' && glob.charAt(i + 1) != ']') {
                i++;
                if (glob.charAt(i) == '\\') {
                    i++;
                    if (i >= glob.length()) {
                        return false;
                    }
                }
                int high = glob.codePointAt(i);
                i += Character.charCount(high);
                // wildmatch compares the first character on its own before it sees the "-",
                // so a reversed range ("z-a") still matches it.
                members.append(escaped(low));
                if (low < high) {
                    members.append('-').append(escaped(high));
                }
            } else {
                members.append(escaped(low));
            }
        }
        pos = i + 1;
        if (members.isEmpty()) {
            regex.append(negated ? "[^/]" : "(?!)");
        } else {
            regex.append(negated ? "[^/" : "[").append(members).append(negated ? "]" : "&&[^/]]");
        }
        return true;
    }

    private void literal(int codePoint) {
        regex.append(escaped(codePoint));
    }

    private static String escaped(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }
}
