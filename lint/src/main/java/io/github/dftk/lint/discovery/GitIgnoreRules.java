package io.github.dftk.lint.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ignore files that apply in one directory of a repository, with git's precedence: the
 * {@code .gitignore} nearest to the path first (a lower-level file overrides a higher one), then
 * the repository's {@code info/exclude}; within one file the last matching pattern decides.
 *
 * @param gitignores the {@code .gitignore}s from the repository root down to the directory
 * @param exclude the repository's {@code info/exclude}, if any
 */
record GitIgnoreRules(List<GitIgnoreFile> gitignores, Optional<GitIgnoreFile> exclude) {

    static final GitIgnoreRules NONE = new GitIgnoreRules(List.of(), Optional.empty());

    GitIgnoreRules {
        gitignores = List.copyOf(gitignores);
    }

    /** The rules of a repository root, before its own {@code .gitignore}. */
    static GitIgnoreRules repository(Optional<GitIgnoreFile> exclude) {
        return new GitIgnoreRules(List.of(), exclude);
    }

    /** These rules and, below them, the {@code .gitignore} of a subdirectory. */
    GitIgnoreRules with(GitIgnoreFile gitignore) {
        List<GitIgnoreFile> all = new ArrayList<>(gitignores);
        all.add(gitignore);
        return new GitIgnoreRules(all, exclude);
    }

    /**
     * Whether {@code path} (relative to where the walk's paths start) is ignored. The caller
     * asks about a file only when no directory above it was ignored: git never looks inside an
     * ignored directory, so nothing in it can be re-included.
     */
    boolean ignored(String path, boolean directory) {
        for (int i = gitignores.size() - 1; i >= 0; i--) {
            Optional<Boolean> decision = gitignores.get(i).decide(path, directory);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return exclude.flatMap(file -> file.decide(path, directory)).orElse(false);
    }
}
