package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;
import java.util.Locale;

/**
 * A {@code label-schema} label is missing from a stage, reported on its FROM. As in hadolint:
 * a stage built FROM a stage that has the label has it too; a stage without it is excused when
 * a later stage copies from it ({@code COPY --from}), or when a stage built on it and not named
 * itself sets the label, since only the images that come out need it.
 */
public final class DL3049 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3049", LintSeverity.INFO, "metadata",
            "A `label-schema` label is missing from a stage", false);

    private enum Verdict { MISSING, HAS_LABEL, EXCUSED }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        for (String label : context.config().labelSchema().keySet()) {
            Verdict[] verdicts = new Verdict[stages.size()];
            for (Stage stage : stages) {
                String base = lower(stage.from().image().map(Word::text).orElse(""));
                verdicts[stage.index()] = StageRefs.parent(stages, stage)
                        .filter(parent -> verdicts[parent.index()] == Verdict.HAS_LABEL).isPresent()
                        ? Verdict.HAS_LABEL : Verdict.MISSING;
                String self = stage.name().orElse(base);
                for (Instruction instruction : stage.instructions()) {
                    if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
                        excuse(stages, verdicts, stage.index(), lower(copy.from().get().valueOrEmpty()));
                    } else if (instruction instanceof LabelInstruction labels && sets(labels, label)) {
                        excuse(stages, verdicts, stage.index(), self);
                        verdicts[stage.index()] = Verdict.HAS_LABEL;
                    }
                }
            }
            for (Stage stage : stages) {
                if (verdicts[stage.index()] == Verdict.MISSING) {
                    context.report(this, stage.from().keyword().range(), message(label));
                }
            }
        }
    }

    private static void excuse(List<Stage> stages, Verdict[] verdicts, int upTo, String name) {
        for (int i = 0; i <= upTo; i++) {
            if (verdicts[i] == Verdict.MISSING && stages.get(i).name().map(name::equals).orElse(false)) {
                verdicts[i] = Verdict.EXCUSED;
            }
        }
    }

    private static boolean sets(LabelInstruction labels, String label) {
        return labels.pairs().stream().map(KeyValue::key).anyMatch(k -> Words.unquoted(k.text()).equals(label));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String message(String label) {
        return "Label `" + label + "` is missing.";
    }
}
