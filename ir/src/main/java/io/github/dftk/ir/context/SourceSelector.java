package io.github.dftk.ir.context;

import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.context.internal.PathMatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves COPY/ADD sources against a build context as BuildKit's copy does.
 *
 * <ul>
 * <li>A source is cleaned and rooted at the context ({@code ../x} is {@code /x}); symlinks on
 *     the way, and the source itself, are followed inside the context (an absolute target
 *     starts again at the context root; at most 255 links).
 * <li>Without wildcards the path must exist: otherwise the build fails with
 *     {@code "/x": not found}. A directory means its contents.
 * <li>With {@code *}, {@code ?} or {@code [} (Go's {@code filepath.Match}), the part before the
 *     first wildcard component must be a directory the build receives
 *     ({@code lstat /dir: no such file or directory} otherwise); below it every path matching
 *     the rest is selected (a matched directory with its contents, a matched symlink followed).
 *     Matching nothing is not an error.
 * <li>{@code --parents} selects, below the part before {@code /./} (or the root), what the rest
 *     matches with .dockerignore rules; nothing matching is not an error.
 * <li>{@code --exclude} patterns (.dockerignore rules) remove paths, relative to a directory
 *     source, or to the wildcard's directory (a file's own name for a plain file source).
 * </ul>
 */
public final class SourceSelector {

    private static final int MAX_LINKS = 255;

    private final ContextTree tree;
    private final Set<String> transferred;

    /**
     * @param tree the context
     * @param transferred the paths BuildKit actually transfers for this Dockerfile (see
     *     {@link #transferred}), or null when it transfers everything
     */
    public SourceSelector(ContextTree tree, Set<String> transferred) {
        this.tree = tree;
        this.transferred = transferred;
    }

    /**
     * The context paths BuildKit transfers when the Dockerfile reads only {@code usedPaths}
     * (its include filter: .dockerignore rules, parent directories sent with their contents);
     * null when one of them is the whole context.
     */
    public static Set<String> transferred(ContextTree tree, List<String> usedPaths) throws ContextException {
        if (usedPaths.contains(".")) {
            return null;
        }
        DockerIgnore include = DockerIgnore.of("used paths", usedPaths);
        Set<String> out = new LinkedHashSet<>();
        for (ContextEntry e : filter("", tree.entries(), include, null)) {
            out.add(e.path());
        }
        return out;
    }

    /**
     * @param source the expanded source
     * @param parents {@code --parents}
     * @param excludes the {@code --exclude} patterns ({@link DockerIgnore#none()} for none)
     * @throws ContextException when an exclude pattern cannot be matched
     */
    public SourceSelection select(String source, boolean parents, DockerIgnore excludes) throws ContextException {
        DockerIgnore exclude = excludes.isEmpty() ? null : excludes;
        try {
            return parents ? withParents(source, exclude) : plain(source, exclude);
        } catch (TooManyLinks e) {
            return SourceSelection.failed("source-too-many-links", "too many links", e.path);
        }
    }

    private SourceSelection plain(String source, DockerIgnore exclude) throws ContextException, TooManyLinks {
        String absolute = GoPath.clean("/" + source);
        String relative = absolute.substring(1);
        if (!PathMatch.hasWildcards(relative)) {
            String resolved = resolve(relative, true);
            if (resolved == null) {
                return SourceSelection.failed("source-not-found", quote(absolute) + ": not found", relative);
            }
            List<ContextEntry> entries = contents(resolved, exclude, GoPath.base(relative));
            return new SourceSelection(List.of(resolved), entries, Optional.empty());
        }
        try {
            PathMatch.matches(absolute, "/");
        } catch (PathMatch.BadPatternException e) {
            return SourceSelection.failed("source-bad-pattern", "syntax error in pattern", relative);
        }
        String[] parts = relative.split("/");
        List<String> literal = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String part : parts) {
            if (rest.isEmpty() && !PathMatch.hasWildcards(part)) {
                literal.add(part);
            } else {
                rest.add(part);
            }
        }
        String baseName = String.join("/", literal);
        String pattern = String.join("/", rest);
        String base = resolve(baseName, true);
        if (base == null || !isTransferred(base)) {
            return SourceSelection.failed("source-parent-missing",
                    "lstat /" + baseName + ": no such file or directory", baseName);
        }
        List<String> matches = new ArrayList<>();
        List<ContextEntry> entries = new ArrayList<>();
        if (!base.isEmpty() && !tree.entry(base).map(ContextEntry::isDirectory).orElse(false)) {
            return new SourceSelection(matches, entries, Optional.empty());
        }
        String skipBelow = null;
        for (ContextEntry e : tree.below(base)) {
            if (skipBelow != null && e.path().startsWith(skipBelow)) {
                continue;
            }
            skipBelow = null;
            String inBase = base.isEmpty() ? e.path() : e.path().substring(base.length() + 1);
            boolean match;
            try {
                match = PathMatch.matches(pattern, inBase);
            } catch (PathMatch.BadPatternException ignored) {
                match = false; // Go's copy ignores the error here; the cache key computation reported it above
            }
            if (!match) {
                continue;
            }
            if (e.isDirectory()) {
                skipBelow = e.path() + "/";
            }
            String target = e.isSymlink() ? resolve(e.path(), true) : e.path();
            if (target == null) {
                return SourceSelection.failed("source-not-found", quote("/" + e.path()) + ": not found", e.path());
            }
            matches.add(target);
            entries.addAll(contents(target, exclude, inBase));
        }
        return new SourceSelection(matches, entries, Optional.empty());
    }

    private SourceSelection withParents(String source, DockerIgnore exclude) throws ContextException, TooManyLinks {
        int pivot = source.indexOf("/./");
        String parent = pivot < 0 ? "/" : source.substring(0, pivot);
        String pattern = GoPath.clean("/" + (pivot < 0 ? source : source.substring(pivot + 3))).substring(1);
        String parentPath = GoPath.clean("/" + parent).substring(1);
        String base = resolve(parentPath, true);
        if (base == null) {
            return SourceSelection.failed("source-not-found", quote("/" + parentPath) + ": not found", parentPath);
        }
        DockerIgnore include = pattern.isEmpty() ? null : DockerIgnore.of("--parents", List.of(pattern));
        List<ContextEntry> below = base.isEmpty() || tree.entry(base).map(ContextEntry::isDirectory).orElse(false)
                ? tree.below(base) : List.of();
        List<ContextEntry> entries = filter(base, below, include, exclude);
        return new SourceSelection(List.of(base), entries, Optional.empty());
    }

    /** What copying a resolved path reads: a directory's contents, or the entry itself. */
    private List<ContextEntry> contents(String resolved, DockerIgnore exclude, String ownName) throws ContextException {
        if (resolved.isEmpty()) {
            return filter("", tree.entries(), null, exclude);
        }
        ContextEntry entry = tree.entry(resolved).orElseThrow();
        if (entry.isDirectory()) {
            return filter(resolved, tree.below(resolved), null, exclude);
        }
        if (exclude != null && exclude.decide(ownName).excluded()) {
            return List.of();
        }
        return List.of(entry);
    }

    /**
     * The entries below {@code base} that the include patterns match (null: all) and the
     * exclude patterns do not (null: none), with the directories leading to them, deciding
     * paths relative to {@code base} as the walk does.
     */
    private static List<ContextEntry> filter(String base, List<ContextEntry> below, DockerIgnore include,
            DockerIgnore exclude) throws ContextException {
        if (include == null && exclude == null) {
            return below;
        }
        record Frame(String prefix, DockerIgnore.Match include, DockerIgnore.Match exclude, ContextEntry entry,
                boolean[] sent) {
        }
        List<ContextEntry> out = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (ContextEntry e : below) {
            while (!stack.isEmpty() && !e.path().startsWith(stack.peek().prefix())) {
                stack.pop();
            }
            Frame parent = stack.peek();
            String relative = base.isEmpty() ? e.path() : e.path().substring(base.length() + 1);
            DockerIgnore.Match in = include == null ? null : include.match(relative, parent == null ? null : parent.include());
            DockerIgnore.Match ex = exclude == null ? null : exclude.match(relative, parent == null ? null : parent.exclude());
            boolean keep = (in == null || in.excluded()) && (ex == null || !ex.excluded());
            if (keep) {
                List<Frame> pending = new ArrayList<>(stack);
                for (int i = pending.size() - 1; i >= 0; i--) {
                    Frame f = pending.get(i);
                    if (!f.sent()[0]) {
                        out.add(f.entry());
                        f.sent()[0] = true;
                    }
                }
                out.add(e);
            }
            if (e.isDirectory()) {
                stack.push(new Frame(e.path() + "/", in, ex, e, new boolean[] {keep}));
            }
        }
        return out;
    }

    private boolean isTransferred(String path) {
        return transferred == null || path.isEmpty() || transferred.contains(path);
    }

    private static final class TooManyLinks extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;

        TooManyLinks(String path) {
            super(null, null, false, false);
            this.path = path;
        }
    }

    /**
     * Resolves a context path, following symlinks inside the context (the last component too
     * when {@code followLast}); null when some component does not exist.
     */
    private String resolve(String path, boolean followLast) throws TooManyLinks {
        Deque<String> todo = new ArrayDeque<>(List.of(path.split("/")));
        String resolved = "";
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                int slash = resolved.lastIndexOf('/');
                resolved = slash < 0 ? "" : resolved.substring(0, slash);
                continue;
            }
            String candidate = resolved.isEmpty() ? c : resolved + "/" + c;
            Optional<ContextEntry> entry = tree.entry(candidate);
            if (entry.isEmpty()) {
                return null;
            }
            if (entry.get().isSymlink() && (!todo.isEmpty() || followLast)) {
                if (++links > MAX_LINKS) {
                    throw new TooManyLinks(path);
                }
                String target = entry.get().linkTarget();
                if (target.startsWith("/")) {
                    resolved = "";
                }
                String[] parts = target.split("/");
                for (int i = parts.length - 1; i >= 0; i--) {
                    todo.addFirst(parts[i]);
                }
                continue;
            }
            resolved = candidate;
        }
        return resolved;
    }

    private static String quote(String path) {
        return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
