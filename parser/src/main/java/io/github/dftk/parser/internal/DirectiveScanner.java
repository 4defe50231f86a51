package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

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

    /** The directives of a Dockerfile as BuildKit's parser reads them (lines may be indented). */
    public static Result scan(String text) {
        List<Found> found = new ArrayList<>(2);
        Problem[] problem = {null};
        scan(text, text.startsWith("\uFEFF") ? 1 : 0, "#", true, found, problem);
        char escape = '\\';
        for (Found d : found) {
            if (d.name().equals("escape")) {
                String value = d.value();
                if (value.equals("`") || value.equals("\\")) {
                    escape = value.charAt(0);
                } else if (problem[0] == null) {
                    problem[0] = new Problem("invalid escape token '" + value + "' does not match ` or \\",
                            d.lineStart(), d.lineEnd());
                }
            }
        }
        return new Result(found, escape, Optional.ofNullable(problem[0]));
    }

    /**
     * BuildKit's {@code DirectiveParser.ParseAll} with a comment prefix ({@code #} or
     * {@code //}): lines are not trimmed before the prefix; a duplicate ends the scan.
     */
    public static List<Found> scanPrefixed(String text, String prefix) {
        List<Found> found = new ArrayList<>(2);
        scan(text, 0, prefix, false, found, new Problem[1]);
        return found;
    }

    private static void scan(String text, int pos, String prefix, boolean trimLines, List<Found> found,
            Problem[] problem) {
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int end = lineEnd;
            while (end > pos && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
                end--;
            }
            int start = trimLines ? GoStrings.skipSpace(text, pos, end) : pos;
            if (!text.startsWith(prefix, start) || start + prefix.length() > end) {
                return;
            }
            Found directive = match(text, start, start + prefix.length(), end);
            if (directive == null || !KNOWN.contains(directive.name())) {
                return;
            }
            if (found.stream().anyMatch(d -> d.name().equals(directive.name()))) {
                problem[0] = new Problem("only one " + directive.name() + " parser directive can be used", start, end);
                return;
            }
            found.add(directive);
            pos = lineEnd + 1;
        }
    }

    /** After the prefix, Go-space trimmed: {@code ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$}. */
    private static Found match(String text, int hash, int afterPrefix, int end) {
        int i = GoStrings.skipSpace(text, afterPrefix, end);
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
