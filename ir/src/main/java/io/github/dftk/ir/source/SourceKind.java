package io.github.dftk.ir.source;

import java.util.Objects;

/**
 * Where the files of an {@code ADD} source or a build context come from, decided as BuildKit
 * decides it (see {@link SourceUrls#forAdd} and {@link SourceUrls#forContext}).
 */
public sealed interface SourceKind {

    /** A git repository. */
    record Git(GitRef ref) implements SourceKind {
        public Git {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /** A file (or, for a context, a tarball or a Dockerfile) fetched over HTTP(S). */
    record Http(String url) implements SourceKind {
        public Http {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A path in the build context (for {@code ADD}) or on the client (for a context). */
    record Local(String path) implements SourceKind {
        public Local {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A git URL with bad options: BuildKit fails with this message. */
    record Invalid(String message) implements SourceKind {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
