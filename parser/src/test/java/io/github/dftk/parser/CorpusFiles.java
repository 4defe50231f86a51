package io.github.dftk.parser;

import java.nio.file.Path;

/** Which files of {@code corpus-dev} are Dockerfiles (the rest are its README and indexes). */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static boolean isDockerfile(Path file) {
        return file.getFileName().toString().contains("__");
    }
}
