package io.github.dftk.ir.internal;

import io.github.dftk.ir.Op;
import java.util.Optional;

/** What an ADD source is: a git repository, an HTTP download, or a path of the context. */
final class SourceKinds {

    private SourceKinds() {
    }

    static boolean isHttp(String source) {
        return source.startsWith("http://") || source.startsWith("https://");
    }

    static boolean isGit(String source) {
        String base = source;
        int cut = indexOfAny(base, '#', '?');
        if (cut >= 0) {
            base = base.substring(0, cut);
        }
        return source.startsWith("git://") || source.startsWith("git@") || source.startsWith("ssh://")
                || (isHttp(source) && base.endsWith(".git"));
    }

    static Op.GitSource git(String url, boolean keepGitDir) {
        String remote = url;
        Optional<String> ref = Optional.empty();
        Optional<String> subdir = Optional.empty();
        int hash = url.indexOf('#');
        if (hash >= 0) {
            remote = url.substring(0, hash);
            String fragment = url.substring(hash + 1);
            int colon = fragment.indexOf(':');
            String r = colon >= 0 ? fragment.substring(0, colon) : fragment;
            if (!r.isEmpty()) {
                ref = Optional.of(r);
            }
            if (colon >= 0) {
                String d = GoPath.clean("/" + fragment.substring(colon + 1)).substring(1);
                if (!d.isEmpty()) {
                    subdir = Optional.of(d);
                }
            }
        }
        return new Op.GitSource(remote, ref, subdir, keepGitDir, Optional.empty());
    }

    static Op.HttpSource http(String url, Optional<String> checksum) {
        return new Op.HttpSource(url, checksum, filename(url));
    }

    /** The file name ADD gives a download: the last path segment, else {@code __unnamed__}. */
    static String filename(String url) {
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int last = path.lastIndexOf('/');
        String name = last >= 0 ? path.substring(last + 1) : path;
        return name.isEmpty() ? "__unnamed__" : name;
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
