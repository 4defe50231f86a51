package io.github.dftk.lint.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the Dockerfiles under a directory, as {@code dftk lint DIR} and workspace linting see
 * them.
 * <ul>
 * <li>Names ({@link #isDockerfileName}): {@code Dockerfile}, {@code Containerfile},
 * {@code Dockerfile.*}, {@code *.Dockerfile}, {@code Containerfile.*}, {@code *.Containerfile}, in
 * any case ({@code dockerfile} is what the docker CLI falls back to; {@code api.dockerfile} is a
 * common spelling); never {@code *.dockerignore} or {@code *.containerignore}, the build
 * context's ignore files.</li>
 * <li>{@code .gitignore}s are respected with git's rules ({@link GitIgnorePattern}): those in the
 * directory and below, and, when the directory is inside a git repository, those of its parent
 * directories up to the repository root and the repository's {@code info/exclude}. A directory
 * holding {@code .git} starts a repository of its own (a submodule or nested clone) whose rules
 * replace the outer ones. The global {@code core.excludesFile} is not read: results do not depend
 * on who runs dftk. The directory itself is walked even if a parent's rule ignores it: it was
 * named. Git's index is not read, so a file git tracks although a pattern matches it is skipped
 * too.</li>
 * <li>{@code .git} directories are skipped; symbolic links are not followed (no loops, no file
 * found twice; a link's target inside the tree is found under its own name); other hidden
 * directories ({@code .devcontainer}) are walked.</li>
 * <li>Order: by relative path, compared name by name (so a directory's files stay together),
 * each name by Unicode code points: independent of locale and file system.</li>
 * </ul>
 */
public final class DockerfileFinder {

    /** The names looked for, as a message names them. */
    public static final String NAMES = "Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, *.Containerfile,"
            + " Containerfile.* (any case)";

    private static final String[] WORDS = {"dockerfile", "containerfile"};

    /** Names compared by code points, not UTF-16 units: the order of UTF-8 bytes, the same everywhere. */
    static final Comparator<String> NAME_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private DockerfileFinder() {
    }

    /** Whether a file of this name is looked for. */
    public static boolean isDockerfileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".dockerignore") || lower.endsWith(".containerignore")) {
            return false;
        }
        for (String word : WORDS) {
            if (lower.equals(word) || lower.startsWith(word + ".") || lower.endsWith("." + word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Dockerfiles under {@code directory}, relative to it, in order. A subdirectory that
     * cannot be listed is skipped.
     *
     * @throws IOException when {@code directory} itself cannot be listed
     */
    public static List<Path> find(Path directory) throws IOException {
        Path top = directory.toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        Optional<Path> root = repositoryAbove(top);
        if (root.isEmpty()) {
            walk(top, top, "", GitIgnoreRules.NONE, found);
            return found;
        }
        // Paths are matched relative to the repository root; the parents' .gitignores apply.
        GitIgnoreRules rules = GitIgnoreRules.repository(exclude(root.get(), ""));
        Path dir = root.get();
        String path = "";
        for (Path name : root.get().relativize(top)) {
            rules = gitignore(dir, path).map(rules::with).orElse(rules);
            dir = dir.resolve(name);
            path = path.isEmpty() ? name.toString() : path + "/" + name;
        }
        walk(top, top, path, rules, found);
        return found;
    }

    private static void walk(Path top, Path dir, String path, GitIgnoreRules inherited, List<Path> found)
            throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        names.sort(NAME_ORDER);
        GitIgnoreRules rules = names.contains(".git") ? GitIgnoreRules.repository(exclude(dir, path)) : inherited;
        rules = gitignore(dir, path).map(rules::with).orElse(rules);
        for (String name : names) {
            Path entry = dir.resolve(name);
            String entryPath = path.isEmpty() ? name : path + "/" + name;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // gone since the listing
            }
            if (attributes.isDirectory() && !name.equals(".git") && !rules.ignored(entryPath, true)) {
                try {
                    walk(top, entry, entryPath, rules, found);
                } catch (IOException e) {
                    // an unreadable subdirectory holds nothing we can lint
                }
            } else if (attributes.isRegularFile() && isDockerfileName(name) && !rules.ignored(entryPath, false)) {
                found.add(top.relativize(entry));
            }
        }
    }

    /** The nearest proper ancestor of {@code dir} holding {@code .git}, if {@code dir} has none itself. */
    private static Optional<Path> repositoryAbove(Path dir) {
        if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        for (Path parent = dir.getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    /** The directory's {@code .gitignore}; like git, not through a symbolic link. */
    private static Optional<GitIgnoreFile> gitignore(Path dir, String path) {
        Path file = dir.resolve(".gitignore");
        if (Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        return read(file).map(text -> GitIgnoreFile.parse(path, text));
    }

    /**
     * {@code info/exclude} of the repository whose work tree is {@code root}: in {@code .git/},
     * or, when {@code .git} is a file ({@code gitdir: …}, a linked work tree or a submodule), in
     * the git directory it names, or in that one's common directory ({@code commondir}).
     */
    private static Optional<GitIgnoreFile> exclude(Path root, String path) {
        Path dotGit = root.resolve(".git");
        Path gitDir = dotGit;
        if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> named = read(dotGit).map(String::strip).filter(line -> line.startsWith("gitdir:"))
                    .map(line -> line.substring("gitdir:".length()).strip());
            if (named.isEmpty()) {
                return Optional.empty();
            }
            gitDir = root.resolve(named.get());
            Optional<String> common = read(gitDir.resolve("commondir")).map(String::strip);
            if (common.isPresent()) {
                gitDir = gitDir.resolve(common.get());
            }
        }
        return read(gitDir.resolve("info").resolve("exclude")).map(text -> GitIgnoreFile.parse(path, text));
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // git, too, goes on without an unreadable ignore file
        }
    }
}
