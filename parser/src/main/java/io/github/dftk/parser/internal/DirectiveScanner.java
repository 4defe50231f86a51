package io.github.dftk.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the parser directives at the top of a Dockerfile before lexing, because the
 * escape directive changes how every later line is read. Same rules as BuildKit: only
 * {@code syntax}, {@code escape} and {@code check}, keys case-insensitive, scanning stops at
 * the first line that is not a known {@code # key=value} (a blank line, another comment,
 * an unknown key, an instruction), each key at most once.
 */
public final class DirectiveScanner {

    /** One directive, offsets into the text. */
    public record Found(String name, String value, int lineStart, int lineEnd, int valueStart, int valueEnd) {
    }

    /** A directive error, BuildKit's message. */
    public record Problem(String message, int lineStart, int lineEnd) {
    }

    /** Everything the scan found. */
    public record Result(List<Found> directives, char escape, Optional<Problem> problem) {
    }

    private static final List<String> KNOWN = List.of("syntax", "escape", "check");

    private DirectiveScanner() {
    }

    public static Result scan(String text) {
        List<Found> found = new ArrayList<>(2);
        char escape = '\\';
        Problem problem = null;
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int end = lineEnd;
            while (end > pos && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
                end--;
            }
            int start = GoText.skipSpace(text, pos, end);
            if (start == end || text.charAt(start) != '#') {
                break;
            }
            Found directive = match(text, start, end);
            if (directive == null || !KNOWN.contains(directive.name())) {
                break;
            }
            boolean duplicate = found.stream().anyMatch(d -> d.name().equals(directive.name()));
            if (duplicate) {
                if (problem == null) {
                    problem = new Problem("only one " + directive.name() + " parser directive can be used", start, end);
                }
            } else {
                found.add(directive);
                if (directive.name().equals("escape")) {
                    String value = directive.value();
                    if (value.equals("`") || value.equals("\\")) {
                        escape = value.charAt(0);
                    } else if (problem == null) {
                        problem = new Problem("invalid escape token '" + value + "' does not match ` or \\", start, end);
                    }
                }
            }
            pos = lineEnd + 1;
        }
        return new Result(found, escape, Optional.ofNullable(problem));
    }

    /** {@code #} then {@code ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} after Go-space trimming. */
    private static Found match(String text, int hash, int end) {
        int i = GoText.skipSpace(text, hash + 1, end);
        int keyStart = i;
        if (i >= end || !isAsciiLetter(text.charAt(i))) {
            return null;
        }
        i++;
        while (i < end && (isAsciiLetter(text.charAt(i)) || isAsciiDigit(text.charAt(i)))) {
            i++;
        }
        int keyEnd = i;
        while (i < end && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != '=') {
            return null;
        }
        int afterEquals = ++i;
        while (i < end && isRegexSpace(text.charAt(i))) {
            i++;
        }
        int valueEnd = end;
        while (valueEnd > i && isRegexSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (i == end) {
            // only blanks after '=': the lazy (.+?) still takes the last one
            if (end == afterEquals) {
                return null;
            }
            i = end - 1;
            valueEnd = end;
        }
        String name = text.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
        return new Found(name, text.substring(i, valueEnd), hash, end, i, valueEnd);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** RE2's {@code \s}: {@code [\t\n\f\r ]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
