package io.github.dftk.ir.source;

/** What {@link SourceUrls#parseGit} makes of a string: a {@link GitRef} or a {@link GitRefError}. */
public sealed interface GitRefParse permits GitRef, GitRefError {
}
