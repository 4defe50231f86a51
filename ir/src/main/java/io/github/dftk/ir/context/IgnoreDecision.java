package io.github.dftk.ir.context;

import java.util.Optional;

/**
 * What a .dockerignore decides for one context path, and why: the last pattern that matched
 * it (an exclusion, or an exception that re-included it), and the excluded directory BuildKit
 * did not even enter, if that is how the path was left out. Lint rules (BuildKit's
 * CopyIgnoredFile) point at {@link #decidedBy()}.
 *
 * @param path the path asked about, cleaned
 * @param excluded whether the path is left out of the build context
 * @param decidedBy the pattern that decided; empty when no pattern matched (the path is included)
 * @param skippedDirectory the excluded ancestor directory the walk skipped, if any
 */
public record IgnoreDecision(String path, boolean excluded, Optional<IgnorePattern> decidedBy,
        Optional<String> skippedDirectory) {
}
