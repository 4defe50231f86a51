package io.github.dftk.ir.context;

/** Where a COPY/ADD source comes from. */
public enum SourceKind {
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

    /** BuildKit's order: a git reference first, then a URL, else a context path. */
    static SourceKind of(String source) {
        if (isGit(source)) {
            return GIT;
        }
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return URL;
        }
        return CONTEXT;
    }

    private static boolean isGit(String s) {
        if (s.startsWith("git://") || s.startsWith("ssh://") || s.startsWith("git@")) {
            return s.length() > 6;
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            String path = s;
            int cut = indexOfAny(path, "#?");
            if (cut >= 0) {
                path = path.substring(0, cut);
            }
            return path.endsWith(".git");
        }
        // scp-like user@host:path
        int at = s.indexOf('@');
        int colon = s.indexOf(':');
        int slash = s.indexOf('/');
        return at > 0 && colon > at + 1 && (slash < 0 || slash > colon) && !s.startsWith("./");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
