package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import java.util.ArrayList;
import java.util.List;

/** The instructions of each stage, and those before the first FROM as a stage of their own, as hadolint's per-stage state sees them. */
final class StageBodies {

    private StageBodies() {
    }

    static List<List<Instruction>> of(Dockerfile dockerfile) {
        List<List<Instruction>> out = new ArrayList<>();
        out.add(dockerfile.preamble());
        for (Stage stage : dockerfile.stages()) {
            out.add(stage.instructions());
        }
        return out;
    }

    /** Every instruction of {@code type} after the first one in its stage (only the last one takes effect). */
    static <T extends Instruction> List<T> repeated(Dockerfile dockerfile, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (List<Instruction> body : of(dockerfile)) {
            boolean seen = false;
            for (Instruction instruction : body) {
                if (type.isInstance(instruction)) {
                    if (seen) {
                        out.add(type.cast(instruction));
                    }
                    seen = true;
                }
            }
        }
        return out;
    }
}
