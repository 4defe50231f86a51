package io.github.dftk.lint.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patterns of one {@code .gitignore} (or {@code info/exclude}) and the directory they are
 * relative to.
 *
 * @param base the file's directory, {@code /}-separated and relative to where the walk's paths
 *     start ({@code ""} for that directory itself)
 * @param patterns in file order
 */
record GitIgnoreFile(String base, List<GitIgnorePattern> patterns) {

    GitIgnoreFile {
        patterns = List.copyOf(patterns);
    }

    /**
     * Reads the text as git does: a UTF-8 byte order mark is skipped, lines end at {@code \n}
     * with one {@code \r} before it dropped, blank lines and lines starting with {@code #} are
     * skipped, and trailing spaces are trimmed unless escaped with a backslash.
     */
    static GitIgnoreFile parse(String base, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<GitIgnorePattern> patterns = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String pattern = trimTrailingSpaces(line);
            if (!pattern.isEmpty()) {
                patterns.add(GitIgnorePattern.parse(pattern));
            }
        }
        return new GitIgnoreFile(base, patterns);
    }

    /**
     * The decision of the last pattern matching {@code path} (relative to where the walk's paths
     * start): true when it ignores the path, false when it re-includes it ({@code !}); empty when
     * no pattern matches or the path is not below {@link #base}.
     */
    Optional<Boolean> decide(String path, boolean directory) {
        String relative;
        if (base.isEmpty()) {
            relative = path;
        } else if (path.startsWith(base) && path.length() > base.length() && path.charAt(base.length()) == '/') {
            relative = path.substring(base.length() + 1);
        } else {
            return Optional.empty();
        }
        for (int i = patterns.size() - 1; i >= 0; i--) {
            GitIgnorePattern pattern = patterns.get(i);
            if (pattern.matches(relative, directory)) {
                return Optional.of(!pattern.negated());
            }
        }
        return Optional.empty();
    }

    /** Drops trailing spaces (not tabs), except one escaped by a backslash, as git does. */
    private static String trimTrailingSpaces(String line) {
        int end = line.length();
        int lastKept = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                i++;
                lastKept = i;
            } else if (c != ' ') {
                lastKept = i;
            }
        }
        return lastKept + 1 < end ? line.substring(0, lastKept + 1) : line;
    }
}
