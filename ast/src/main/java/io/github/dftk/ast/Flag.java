package io.github.dftk.ast;

import java.util.Optional;

/**
 * A builder flag such as {@code --from=build} or {@code --link}.
 *
 * @param text the flag word as BuildKit extracts it (quotes removed), e.g. {@code --from=build}
 * @param name the name between {@code --} and {@code =}, e.g. {@code from}
 * @param value the text after the first {@code =}, absent for {@code --link}
 * @param range where the flag is written
 */
public record Flag(String text, String name, Optional<String> value, SourceRange range) {

    /** Splits a flag word the way BuildKit's flag parser does. */
    public static Flag of(String text, SourceRange range) {
        String body = text.startsWith("--") ? text.substring(2) : text;
        int eq = body.indexOf('=');
        return eq < 0
                ? new Flag(text, body, Optional.empty(), range)
                : new Flag(text, body.substring(0, eq), Optional.of(body.substring(eq + 1)), range);
    }

    /** The value, or {@code ""} for a flag given without one. */
    public String valueOrEmpty() {
        return value.orElse("");
    }
}
