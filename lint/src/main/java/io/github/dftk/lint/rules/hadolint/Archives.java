package io.github.dftk.lint.rules.hadolint;

import java.util.List;

/** The file names ADD unpacks, by extension (a zip is not unpacked). */
final class Archives {

    private static final List<String> EXTENSIONS = List.of(".tar", ".gz", ".bz2", ".xz", ".tgz", ".tb2", ".tbz",
            ".tbz2", ".lz", ".lzma", ".tlz", ".txz", ".Z", ".tZ", ".zst");

    private Archives() {
    }

    static boolean isArchive(String path) {
        return EXTENSIONS.stream().anyMatch(path::endsWith);
    }

    /** The last path element, {@code /} or {@code \} separated (Windows paths too). */
    static String basename(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
