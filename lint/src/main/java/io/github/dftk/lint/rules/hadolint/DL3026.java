package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * An image from a registry outside {@code trustedRegistries} (inactive when the list is empty):
 * FROM, {@code COPY --from=<image>} and {@code RUN --mount=…,from=<image>}. {@code *} trusts
 * every registry, {@code *.example.com} its subdomains; an image without a registry comes from
 * Docker Hub ({@code docker.io} or {@code hub.docker.com}).
 */
public final class DL3026 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3026", LintSeverity.ERROR, "security",
            "Image from a registry that is not in `trustedRegistries`", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        List<String> trusted = context.config().trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        for (ImageUses use : ImageUses.of(context)) {
            judge(context, trusted, use.reference(), use.range());
        }
        List<Stage> stages = context.dockerfile().stages();
        for (Stage stage : stages) {
            for (Instruction instruction : stage.instructions()) {
                mounts(context, trusted, stages, stage.index(), instruction);
            }
        }
        for (Instruction instruction : context.dockerfile().preamble()) {
            mounts(context, trusted, stages, -1, instruction);
        }
    }

    private void mounts(LintContext context, List<String> trusted, List<Stage> stages, int stage,
            Instruction instruction) {
        if (!(instruction instanceof RunInstruction run)) {
            return;
        }
        for (Flag mount : run.syntax().flags("mount")) {
            for (String option : mount.valueOrEmpty().split(",")) {
                if (option.startsWith("from=")) {
                    String from = option.substring("from=".length());
                    if (!from.isEmpty() && !Words.hasVariable(from) && !StageRefs.isEarlierStage(stages, stage, from)) {
                        judge(context, trusted, from, mount.range());
                    }
                }
            }
        }
    }

    private void judge(LintContext context, List<String> trusted, String reference, SourceRange range) {
        if (!reference.equals("scratch") && !trusts(trusted, ImageRef.parse(reference))) {
            context.report(this, range, message());
        }
    }

    static boolean trusts(List<String> trusted, ImageRef image) {
        for (String entry : trusted) {
            if (entry.equals("*")) {
                return true;
            }
            if (image.registry().isEmpty()) {
                if (entry.equals("docker.io") || entry.equals("hub.docker.com")) {
                    return true;
                }
            } else {
                String registry = image.registry().get();
                if (entry.startsWith("*.") ? registry.endsWith(entry.substring(1)) : registry.equals(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String message() {
        return "Use only an allowed registry in the FROM image";
    }
}
