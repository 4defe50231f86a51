package io.github.dftk.ir.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean} and {@code path.Join} for the slash-separated paths of Linux images. */
final class UnixPaths {

    private UnixPaths() {
    }

    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!rooted) {
                    parts.addLast("..");
                }
                continue;
            }
            parts.addLast(part);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** {@code path} relative to {@code dir} unless absolute; keeps a trailing slash (it means "into this directory"). */
    static String resolve(String dir, String path) {
        boolean trailing = path.isEmpty() || path.equals(".") || path.endsWith("/") || path.endsWith("/.");
        String resolved = path.startsWith("/") ? clean(path) : clean(dir + "/" + path);
        return trailing && !resolved.equals("/") ? resolved + "/" : resolved;
    }
}
