package io.github.dftk.lint.discovery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a {@code .gitignore} as git reads it (gitignore(5), git's {@code wildmatch} with
 * {@code WM_PATHNAME}): {@code !} negates; a trailing {@code /} matches directories only; a
 * pattern with no other {@code /} matches a name at any depth, one with a {@code /} (a leading one
 * included) matches the path relative to the file's directory; {@code *} and {@code ?} never match
 * {@code /}; {@code **} spans directories only as a whole path segment (first, last, or between
 * slashes; elsewhere it is {@code *}); a backslash makes the next character literal. Matching is
 * case-sensitive, as git's is by default on Linux.
 *
 * @param negated whether the line started with {@code !}: a match re-includes the path
 * @param directoriesOnly whether the line ended with {@code /}
 * @param anyDepth whether the pattern matches a path's last name only, at any depth
 * @param regex the glob as a regular expression; empty when the glob can never match (an
 *     unclosed {@code [}, a trailing backslash), as git's {@code wildmatch} never matches it
 */
record GitIgnorePattern(boolean negated, boolean directoriesOnly, boolean anyDepth, Optional<Pattern> regex) {

    /** The pattern of a line that is neither blank nor a comment, its trailing spaces already trimmed. */
    static GitIgnorePattern parse(String line) {
        String glob = line;
        boolean negated = glob.startsWith("!");
        if (negated) {
            glob = glob.substring(1);
        }
        boolean directoriesOnly = glob.endsWith("/");
        if (directoriesOnly) {
            glob = glob.substring(0, glob.length() - 1);
        }
        boolean anyDepth = glob.indexOf('/') < 0;
        if (glob.startsWith("/")) {
            glob = glob.substring(1);
        }
        return new GitIgnorePattern(negated, directoriesOnly, anyDepth,
                glob.isEmpty() ? Optional.empty() : GlobRegex.of(glob).map(r -> Pattern.compile(r, Pattern.DOTALL)));
    }

    /**
     * Whether the pattern matches {@code path} ({@code /}-separated, relative to the directory of
     * the pattern's file).
     */
    boolean matches(String path, boolean directory) {
        if (regex.isEmpty() || directoriesOnly && !directory) {
            return false;
        }
        String subject = anyDepth ? path.substring(path.lastIndexOf('/') + 1) : path;
        return regex.get().matcher(subject).matches();
    }
}
