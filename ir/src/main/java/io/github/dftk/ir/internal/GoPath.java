package io.github.dftk.ir.internal;

/** Go's {@code path.Clean}, {@code Join}, {@code Dir} and {@code Base} (slash-separated paths), and a COPY/WORKDIR resolve. */
public final class GoPath {

    private GoPath() {
    }

    /** {@code path.Clean}: the shortest equivalent path; "." for an empty one. */
    public static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    // back up to the previous slash
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r));
                    r++;
                }
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }

    /** {@code path.Join}: the non-empty elements joined with "/" and cleaned; "" if all are empty. */
    public static String join(String... elements) {
        StringBuilder joined = new StringBuilder();
        for (String e : elements) {
            if (e.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append('/');
            }
            joined.append(e);
        }
        return joined.length() == 0 ? "" : clean(joined.toString());
    }

    /** Go's {@code path.Dir}: everything but the last element, cleaned. */
    public static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return clean(path.substring(0, slash + 1));
    }

    /** {@code path.Base}: the last element; "." for an empty path, "/" for slashes only. */
    public static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (end == 0) {
            return "/";
        }
        int start = path.lastIndexOf('/', end - 1) + 1;
        return path.substring(start, end);
    }

    /**
     * {@code path} relative to {@code dir} unless absolute, cleaned; keeps a trailing slash
     * (in a COPY or WORKDIR destination it means "into this directory").
     */
    public static String resolve(String dir, String path) {
        boolean trailing = path.isEmpty() || path.equals(".") || path.endsWith("/") || path.endsWith("/.");
        String resolved = path.startsWith("/") ? clean(path) : clean(dir + "/" + path);
        return trailing && !resolved.equals("/") ? resolved + "/" : resolved;
    }
}
