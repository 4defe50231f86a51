package io.github.dftk.ir.context.internal;

/**
 * Go's {@code path} package for slash-separated paths ({@code Clean}, {@code Join},
 * {@code Dir}, {@code Base}): BuildKit and the docker CLI normalise .dockerignore patterns and
 * COPY sources with these functions, so dftk must clean paths exactly as they do (for example
 * {@code ../x} stays {@code ../x}, {@code /../x} becomes {@code /x}).
 */
public final class GoPath {

    private GoPath() {
    }

    /** Go's {@code path.Clean}: the shortest equivalent path, by purely lexical processing. */
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

    /** Go's {@code path.Join}: the non-empty elements joined by slashes, cleaned; "" when all are empty. */
    public static String join(String... elements) {
        StringBuilder joined = new StringBuilder();
        for (String element : elements) {
            if (element.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append('/');
            }
            joined.append(element);
        }
        return joined.length() == 0 ? "" : clean(joined.toString());
    }

    /** Go's {@code path.Dir}: everything but the last element, cleaned. */
    public static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return clean(path.substring(0, slash + 1));
    }

    /** Go's {@code path.Base}: the last element; "." for "", "/" for a path of slashes. */
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
}
