package io.github.dftk.ir.context;

import io.github.dftk.ast.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Walks a context directory as BuildKit's sender (fsutil) does and reads every entry it would
 * send: depth first, names sorted by their UTF-8 bytes, symlinks recorded and never followed,
 * .dockerignore decisions taken per entry with the parent directory's results, excluded
 * directories skipped when no exception can reach inside (otherwise entered, and sent only
 * when something inside them is), excluded entries that cannot be read ignored.
 *
 * <p>Regular files are hashed as they are met; a file or directory that would be sent but
 * cannot be read is an error, as it is for {@code docker build} ("error from sender").
 */
public final class ContextWalker {

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final int BUFFER = 128 * 1024;

    private final Path root;
    private final String displayRoot;
    private final DockerIgnore ignore;
    private final List<ContextEntry> out = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private boolean unixAttributes = true;

    /** A directory on the way down; excluded ones are sent only once something inside them is. */
    private static final class Parent {
        final Path path;
        final String relative;
        boolean sent;

        Parent(Path path, String relative, boolean sent) {
            this.path = path;
            this.relative = relative;
            this.sent = sent;
        }
    }

    private ContextWalker(Path root, String displayRoot, DockerIgnore ignore) {
        this.root = root;
        this.displayRoot = displayRoot;
        this.ignore = ignore;
    }

    /**
     * Reads the context under {@code root}.
     *
     * @param displayRoot how messages name the root (e.g. the command-line argument)
     * @throws ContextException when something that would be sent cannot be read, or a
     *     .dockerignore pattern that BuildKit cannot compile is tried
     */
    public static ContextTree walk(Path root, String displayRoot, DockerIgnore ignore) throws ContextException {
        ContextWalker walker = new ContextWalker(root, displayRoot, ignore);
        Path real;
        try {
            real = root.toRealPath();
        } catch (NoSuchFileException e) {
            throw walker.unreadable("", "no such directory", "pass the directory that holds the files the build uses");
        } catch (IOException e) {
            throw walker.unreadable("", reason(e), "pass a readable directory");
        }
        if (!Files.isDirectory(real)) {
            throw walker.unreadable("", "not a directory", "pass the directory that holds the files the build uses");
        }
        walker.directory(real, "", null, new ArrayList<>());
        return new ContextTree(walker.out);
    }

    private void directory(Path dir, String relative, DockerIgnore.Match dirMatch, List<Parent> parents)
            throws ContextException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                names.add(child.getFileName().toString());
            }
        } catch (IOException e) {
            if (dirMatch != null && dirMatch.excluded()) {
                return; // fsutil ignores errors on excluded paths
            }
            throw unreadable(relative, reason(e), fixFor(relative));
        }
        names.sort(ContextWalker::compareUtf8);
        for (String name : names) {
            String path = relative.isEmpty() ? name : relative + "/" + name;
            Path file = dir.resolve(name);
            DockerIgnore.Match match = ignore.match(path, dirMatch);
            Stat stat;
            try {
                stat = stat(file);
            } catch (NoSuchFileException gone) {
                continue; // removed while walking
            } catch (IOException e) {
                if (match.excluded()) {
                    continue;
                }
                throw unreadable(path, reason(e), fixFor(path));
            }
            boolean isDirectory = stat.type == EntryType.DIRECTORY;
            if (match.excluded()) {
                if (isDirectory && !ignore.skips(path)) {
                    parents.add(new Parent(file, path, false));
                    directory(file, path, match, parents);
                    parents.remove(parents.size() - 1);
                }
                continue;
            }
            for (Parent parent : parents) {
                if (!parent.sent) {
                    out.add(entry(parent.path, parent.relative, stat(parent)));
                    parent.sent = true;
                }
            }
            out.add(entry(file, path, stat));
            if (isDirectory) {
                parents.add(new Parent(file, path, true));
                directory(file, path, match, parents);
                parents.remove(parents.size() - 1);
            }
        }
    }

    private Stat stat(Parent parent) throws ContextException {
        try {
            return stat(parent.path);
        } catch (IOException e) {
            throw unreadable(parent.relative, reason(e), fixFor(parent.relative));
        }
    }

    /** Type, permission bits and size, without following a symlink. */
    private record Stat(EntryType type, int mode, long size) {
    }

    private Stat stat(Path file) throws IOException {
        if (unixAttributes) {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:mode,size", NO_FOLLOW);
                int mode = (Integer) a.get("mode");
                return new Stat(EntryType.ofUnixMode(mode), mode & 07777, (Long) a.get("size"));
            } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
                unixAttributes = false;
            }
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
        EntryType type = basic.isDirectory() ? EntryType.DIRECTORY : basic.isSymbolicLink() ? EntryType.SYMLINK
                : basic.isRegularFile() ? EntryType.FILE : EntryType.FIFO;
        int mode = 0;
        try {
            PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class, NO_FOLLOW);
            for (PosixFilePermission p : posix.permissions()) {
                mode |= 1 << (8 - p.ordinal());
            }
        } catch (UnsupportedOperationException noPosix) {
            mode = type == EntryType.DIRECTORY ? 0755 : 0644;
        }
        return new Stat(type, mode, basic.size());
    }

    private ContextEntry entry(Path file, String path, Stat stat) throws ContextException {
        switch (stat.type) {
            case FILE:
                return new ContextEntry(path, EntryType.FILE, stat.mode, stat.size, hash(file, path), "");
            case SYMLINK:
                try {
                    return new ContextEntry(path, EntryType.SYMLINK, stat.mode, 0, "",
                            Files.readSymbolicLink(file).toString());
                } catch (IOException e) {
                    throw unreadable(path, reason(e), fixFor(path));
                }
            default:
                return new ContextEntry(path, stat.type, stat.mode, 0, "", "");
        }
    }

    private String hash(Path file, String path) throws ContextException {
        MessageDigest sha = ContextDigest.sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            buffer.clear();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                sha.update(buffer);
                buffer.clear();
            }
        } catch (IOException e) {
            throw unreadable(path, reason(e), fixFor(path));
        }
        return ContextDigest.hex(sha.digest());
    }

    private ContextException unreadable(String path, String why, String fix) {
        String shown = path.isEmpty() ? displayRoot : displayRoot.endsWith("/") ? displayRoot + path
                : displayRoot + "/" + path;
        return new ContextException(new ContextProblem(shown, 0, 0, Severity.ERROR, ContextProblem.UNREADABLE,
                path.isEmpty() ? "cannot read the build context" : "cannot read", why, fix));
    }

    private static String fixFor(String path) {
        return path.isEmpty() ? "pass a readable directory"
                : "a build would send it and fail: fix its permissions, or add /" + path + " to .dockerignore";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Go compares names as byte strings; Java's String order differs above U+FFFF. */
    static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
