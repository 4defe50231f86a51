package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every place the file pulls an image: each FROM that names no earlier stage (with ARG values
 * resolved, see {@link StageRefs#baseImage}) and each {@code COPY --from=} that names an image
 * rather than a stage. hadolint judges only FROM for tags; dftk judges an external
 * {@code COPY --from} image the same way (hadolint issue #859).
 *
 * @param reference the image as it will be pulled
 * @param range     where it is written
 */
record ImageUses(String reference, SourceRange range) {

    static List<ImageUses> of(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        List<ImageUses> out = new ArrayList<>();
        for (Instruction instruction : context.dockerfile().preamble()) {
            copyFrom(stages, -1, instruction).ifPresent(out::add);
        }
        for (Stage stage : stages) {
            Optional<String> base = StageRefs.baseImage(context, stage);
            if (base.isPresent() && !base.get().equals("scratch")
                    && !StageRefs.isEarlierStage(stages, stage.index(), base.get())) {
                out.add(new ImageUses(base.get(), stage.from().image().get().range()));
            }
            for (Instruction instruction : stage.instructions()) {
                copyFrom(stages, stage.index(), instruction).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<ImageUses> copyFrom(List<Stage> stages, int stage, Instruction instruction) {
        if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
            Flag from = copy.from().get();
            String value = from.valueOrEmpty();
            if (StageRefs.isImage(value) && !Words.hasVariable(value) && !StageRefs.isEarlierStage(stages, stage, value)) {
                return Optional.of(new ImageUses(value, from.range()));
            }
        }
        return Optional.empty();
    }

    ImageRef parsed() {
        return ImageRef.parse(reference);
    }
}
