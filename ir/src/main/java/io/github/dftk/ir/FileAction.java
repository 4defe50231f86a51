package io.github.dftk.ir;

import java.util.List;
import java.util.Optional;

/** One file operation: BuildKit's FileOp actions. */
public sealed interface FileAction permits FileAction.Copy, FileAction.Mkfile, FileAction.Mkdir {

    /**
     * Copies {@code sources} of the COPY_SOURCE input to {@code destination}.
     *
     * @param allowWildcard sources are globs (COPY/ADD from the context or a stage)
     * @param unpack ADD: local tar archives are extracted
     */
    record Copy(List<String> sources, String destination, Optional<String> chown, Optional<String> chmod,
            boolean link, boolean parents, List<String> excludes, boolean allowWildcard, boolean unpack,
            Optional<String> checksum) implements FileAction {
        public Copy {
            sources = List.copyOf(sources);
            excludes = List.copyOf(excludes);
        }
    }

    /** Creates a file with {@code content} (COPY of a heredoc, RUN heredoc scripts). */
    record Mkfile(String path, String content, int mode) implements FileAction {
    }

    /** Creates a directory with parents (WORKDIR). */
    record Mkdir(String path, int mode, Optional<String> chown) implements FileAction {
    }
}
