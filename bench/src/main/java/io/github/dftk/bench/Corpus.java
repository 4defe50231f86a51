package io.github.dftk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every file of a directory tree, held in memory as bytes, so that a benchmark measures the
 * toolkit and not the disk. Files are in path order, so two runs see the same sequence.
 *
 * @param root the directory the files were read from
 * @param files the files, sorted by path
 */
public record Corpus(Path root, List<Entry> files) {

    /** Files above this size are skipped: they are not Dockerfiles and would dominate the timing. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    public Corpus {
        files = List.copyOf(files);
    }

    /**
     * One file.
     *
     * @param name the path relative to the corpus root, with {@code /} separators (used in messages)
     * @param bytes the content; treat as read-only
     */
    public record Entry(String name, byte[] bytes) {
    }

    /**
     * Reads every regular file under {@code dir}, recursively, skipping files larger than
     * {@link #MAX_FILE_BYTES}.
     *
     * @throws NotDirectoryException if {@code dir} is not a directory
     * @throws IOException if a file cannot be read
     */
    public static Corpus load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Entry> entries = new ArrayList<>(paths.size());
        for (Path path : paths) {
            if (Files.size(path) > MAX_FILE_BYTES) {
                continue;
            }
            String name = dir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
            entries.add(new Entry(name, Files.readAllBytes(path)));
        }
        return new Corpus(dir, entries);
    }

    /** Total size of all files: the input of one pass. */
    public long totalBytes() {
        long total = 0;
        for (Entry entry : files) {
            total += entry.bytes().length;
        }
        return total;
    }
}
