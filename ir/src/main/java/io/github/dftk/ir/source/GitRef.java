package io.github.dftk.ir.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A git source as BuildKit's {@code dfgitutil.ParseGitRef} reads it from an {@code ADD}
 * source or a build context: {@code remote[?query][#ref[:subdir]]}.
 *
 * @param remote                     the URL git fetches: without query and fragment, scheme
 *                                   lower-cased, re-encoded as Go's {@code URL.String} does;
 *                                   {@code user@host:path} for SCP style; no scheme for the
 *                                   {@code github.com/…} form
 * @param ref                        branch, tag, commit or any remote ref; {@code branch=} and
 *                                   {@code tag=} become {@code refs/heads/…}, {@code refs/tags/…};
 *                                   empty: the default branch
 * @param subdir                     the directory to use; from the fragment it is cleaned and
 *                                   relative ({@code /docs/} → {@code docs}), from
 *                                   {@code subdir=} it is as written
 * @param keepGitDir                 {@code keep-git-dir[=bool]}, when given: {@code ADD} refuses
 *                                   a different {@code --keep-git-dir}
 * @param checksum                   {@code checksum=} or {@code commit=}: the commit to verify
 * @param submodules                 {@code submodules[=bool]}, when given (BuildKit fetches them
 *                                   unless it is false)
 * @param mtime                      {@code mtime=checkout|commit}
 * @param fetchByCommit              {@code fetch-by-commit[=bool]}
 * @param indistinguishableFromLocal the deprecated {@code github.com/owner/repo} form: a git
 *                                   source for a build context, a local path for {@code ADD}
 * @param unencryptedTcp             {@code http://} or {@code git://} (discouraged, accepted)
 */
public record GitRef(
        String remote,
        Optional<String> ref,
        Optional<String> subdir,
        Optional<Boolean> keepGitDir,
        Optional<String> checksum,
        Optional<Boolean> submodules,
        Optional<String> mtime,
        boolean fetchByCommit,
        boolean indistinguishableFromLocal,
        boolean unencryptedTcp) implements GitRefParse {

    public GitRef {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(subdir, "subdir");
        Objects.requireNonNull(keepGitDir, "keepGitDir");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(submodules, "submodules");
        Objects.requireNonNull(mtime, "mtime");
    }
}
