package io.github.dftk.ir.context;

import io.github.dftk.ir.source.SourceKind;
import io.github.dftk.ir.source.SourceUrls;

/** Where a COPY/ADD source comes from. */
public enum CopySourceKind {
    /** A path in the build context (globs allowed). */
    CONTEXT,
    /** {@code http://} or {@code https://}: ADD downloads it. */
    URL,
    /** A git repository (ADD only): {@code git://}, {@code ssh://}, {@code user@host:path}, {@code https://….git}. */
    GIT,
    /** A here-document written in the Dockerfile. */
    HEREDOC;

    /** The name used in JSON. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** As BuildKit's dispatchCopy decides (see {@link SourceUrls#forAdd}); a git URL with bad options counts as git. */
    static CopySourceKind of(String source) {
        SourceKind kind = SourceUrls.forAdd(source);
        if (kind instanceof SourceKind.Git || kind instanceof SourceKind.Invalid) {
            return GIT;
        }
        return kind instanceof SourceKind.Http ? URL : CONTEXT;
    }
}
