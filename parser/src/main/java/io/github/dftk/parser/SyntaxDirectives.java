package io.github.dftk.parser;

import io.github.dftk.parser.internal.DirectiveScanner;
import io.github.dftk.parser.internal.JsonArray;
import java.util.Optional;

/**
 * Finds a directive the way BuildKit's frontend selection does ({@code DetectSyntax},
 * {@code ParseDirective}): a leading {@code #!} line is skipped, and for {@code syntax} also
 * {@code // syntax=} comments and a file that is one JSON object with a {@code "syntax"}
 * string are accepted. Used to tell which frontend a file asks for.
 */
public final class SyntaxDirectives {

    /**
     * @param ref the value up to its first space (the frontend image)
     * @param cmdline the whole value
     * @param line 1-based line of the directive (0 for the JSON form without a shebang)
     */
    public record Detected(String ref, String cmdline, int line) {
    }

    private SyntaxDirectives() {
    }

    /** The {@code syntax} directive in any of the forms BuildKit accepts. */
    public static Optional<Detected> detectSyntax(String text) {
        return detect("syntax", text, true);
    }

    /** A directive in the {@code #} form only. */
    public static Optional<Detected> parseDirective(String key, String text) {
        return detect(key, text, false);
    }

    private static Optional<Detected> detect(String key, String text, boolean anyFormat) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = body.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? body : body.substring(0, firstLineEnd);
        int skipped = 0;
        if (firstLine.startsWith("#!")) {
            body = firstLineEnd < 0 ? "" : body.substring(firstLineEnd + 1);
            skipped = 1;
        }
        Optional<Detected> found = fromComments(key, body, "#", skipped);
        if (found.isPresent() || !anyFormat) {
            return found;
        }
        found = fromComments(key, body, "//", skipped);
        if (found.isPresent()) {
            return found;
        }
        int line = skipped;
        return JsonArray.objectStringField(body, key).map(v -> new Detected(v, v, line));
    }

    private static Optional<Detected> fromComments(String key, String body, String prefix, int skipped) {
        for (DirectiveScanner.Found d : DirectiveScanner.scanPrefixed(body, prefix)) {
            if (d.name().equals(key)) {
                int line = skipped + 1 + (int) body.substring(0, d.lineStart()).chars().filter(c -> c == '\n').count();
                String value = d.value();
                int space = value.indexOf(' ');
                return Optional.of(new Detected(space < 0 ? value : value.substring(0, space), value, line));
            }
        }
        return Optional.empty();
    }
}
