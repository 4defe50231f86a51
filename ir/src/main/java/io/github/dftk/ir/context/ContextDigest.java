package io.github.dftk.ir.context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The sha256 of a list of context entries in dftk's canonical encoding, with counts.
 *
 * <p>Encoding (version {@value #FORMAT}): the bytes {@code dftk-context-v1} and a NUL, then for
 * each entry, in the order given (the context walk's order: depth first, names sorted by their
 * UTF-8 bytes), five fields each followed by a NUL byte:
 * <ol>
 * <li>the path, UTF-8, relative to the context root, {@code /}-separated;
 * <li>the type: {@code file}, {@code dir}, {@code symlink}, {@code fifo}, {@code socket},
 *     {@code char-device} or {@code block-device};
 * <li>the mode: four octal digits, {@code st_mode & 07777} (so setuid/setgid/sticky count);
 * <li>the size in bytes, decimal (0 for anything but a file);
 * <li>for a file {@code sha256:} and the hex sha256 of its content; for a symlink its target;
 *     otherwise nothing.
 * </ol>
 * Owners, times, extended attributes and device numbers are not hashed. Paths cannot contain
 * NUL, so the encoding is unambiguous. The result is {@code sha256:} and 64 hex digits.
 *
 * @param digest {@code sha256:<hex>}
 * @param files regular files
 * @param directories directories
 * @param symlinks symbolic links
 * @param others fifos, sockets and devices
 * @param bytes total size of the regular files
 */
public record ContextDigest(String digest, int files, int directories, int symlinks, int others, long bytes) {

    /** The encoding's name and version, hashed first. */
    public static final String FORMAT = "dftk-context-v1";

    public static ContextDigest of(Collection<ContextEntry> entries) {
        MessageDigest sha = sha256();
        sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        int files = 0;
        int directories = 0;
        int symlinks = 0;
        int others = 0;
        long bytes = 0;
        for (ContextEntry e : entries) {
            field(sha, e.path());
            field(sha, e.type().token());
            field(sha, String.format("%04o", e.mode() & 07777));
            field(sha, Long.toString(e.size()));
            field(sha, e.isFile() ? e.contentDigest() : e.isSymlink() ? e.linkTarget() : "");
            switch (e.type()) {
                case FILE:
                    files++;
                    bytes += e.size();
                    break;
                case DIRECTORY:
                    directories++;
                    break;
                case SYMLINK:
                    symlinks++;
                    break;
                default:
                    others++;
                    break;
            }
        }
        return new ContextDigest(hex(sha.digest()), files, directories, symlinks, others, bytes);
    }

    /** All entries counted. */
    public int entries() {
        return files + directories + symlinks + others;
    }

    private static void field(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] hash) {
        return "sha256:" + HexFormat.of().formatHex(hash);
    }
}
