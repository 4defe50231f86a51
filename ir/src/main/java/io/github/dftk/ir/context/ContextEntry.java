package io.github.dftk.ir.context;

import java.util.Objects;

/**
 * One file, directory or link of a build context, with exactly the metadata dftk's digest
 * covers: what BuildKit transfers and keys its cache on, minus ownership (the client resets
 * uid/gid to 0) and times (not part of BuildKit's content checksums).
 *
 * @param path slash-separated, relative to the context root, never empty
 * @param type the kind of file
 * @param mode permission bits with setuid, setgid and sticky ({@code st_mode & 07777})
 * @param size bytes of content for a regular file, 0 otherwise
 * @param contentDigest {@code sha256:<hex>} of a regular file's content, "" otherwise
 * @param linkTarget a symlink's target as stored, "" otherwise
 */
public record ContextEntry(String path, EntryType type, int mode, long size, String contentDigest, String linkTarget) {

    public ContextEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(linkTarget, "linkTarget");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the context root is not an entry");
        }
    }

    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }

    public boolean isSymlink() {
        return type == EntryType.SYMLINK;
    }

    public boolean isFile() {
        return type == EntryType.FILE;
    }
}
