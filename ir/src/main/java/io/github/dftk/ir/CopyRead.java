package io.github.dftk.ir;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.internal.GoPath;
import java.util.List;
import java.util.Optional;

/**
 * What one COPY or ADD reads, as lowered: each source word with its value after ARG/ENV
 * expansion in the instruction's scope, and whether the sources are paths of the build
 * context (no {@code --from}). Recorded for every COPY/ADD with a destination, before BuildKit's
 * checks on its flags and sources, so tools that follow the context (such as
 * {@code dftk context-hash}) see every read.
 *
 * @param stage    the index of the stage it belongs to
 * @param parents  {@code --parents}
 * @param excludes the {@code --exclude} patterns (BuildKit does not expand them)
 */
public record CopyRead(Instruction instruction, int stage, boolean fromContext, List<Source> sources,
        boolean parents, List<String> excludes) {

    public CopyRead {
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
    }

    /**
     * One source argument.
     *
     * @param value          the expanded text; a heredoc's name for a heredoc
     * @param heredoc        whether the word names a here-document written in the Dockerfile
     * @param expansionError why it could not be expanded (the build fails), if it could not
     */
    public record Source(Word word, String value, boolean heredoc, Optional<Diagnostic> expansionError) {

        /** The value cleaned as Go's {@code filepath.Clean} cleans it ({@code ./a/} is {@code a}), as BuildKit's checks read it. */
        public String cleanValue() {
            return GoPath.clean(value);
        }
    }
}
