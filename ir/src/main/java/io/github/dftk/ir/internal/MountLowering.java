package io.github.dftk.ir.internal;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.Vertex;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** RUN --mount flags lowered to exec mounts and their input edges. */
final class MountLowering {

    /** What lowering a RUN's mounts needs from the stage. */
    record Context(String workdir, Function<Word, String> expand,
            BiFunction<String, SourceRange, Optional<Vertex>> source, List<Diagnostic> diagnostics, int stage) {
    }

    /** The mounts and the inputs they read. */
    record Result(List<ExecMount> mounts, List<Edge> inputs) {
    }

    private MountLowering() {
    }

    static Result lower(RunInstruction run, Context context) {
        return new Result(List.of(), List.of());
    }
}
