package io.github.dftk.ir.context;

import java.util.List;
import java.util.Optional;

/**
 * What one COPY/ADD source selects from the build context.
 *
 * @param matches the context paths the source names after wildcards and symlinks are resolved
 *     ({@code ""} is the context root), in walk order
 * @param entries what the copy reads: a file itself, a directory's contents (not the directory),
 *     after {@code --exclude} and {@code --parents} filters, in walk order
 * @param failure why a build fails on this source, if it does
 */
public record SourceSelection(List<String> matches, List<ContextEntry> entries, Optional<Failure> failure) {

    public SourceSelection {
        matches = List.copyOf(matches);
        entries = List.copyOf(entries);
    }

    /**
     * A source a build cannot copy.
     *
     * @param code {@code source-not-found}, {@code source-parent-missing}, {@code source-bad-pattern}
     *     or {@code source-too-many-links}
     * @param message BuildKit's error text, e.g. {@code "/app.jar": not found}
     * @param path the cleaned path that is missing, relative to the context root
     */
    public record Failure(String code, String message, String path) {
    }

    static SourceSelection failed(String code, String message, String path) {
        return new SourceSelection(List.of(), List.of(), Optional.of(new Failure(code, message, path)));
    }

    public ContextDigest digest() {
        return ContextDigest.of(entries);
    }
}
