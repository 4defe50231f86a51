package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;
import java.util.Optional;

/**
 * The last USER of a stage is root. Unlike hadolint, a USER written with a variable is judged
 * by its value ({@code ARG u=root} + {@code USER ${u}} is root), taken from the build graph.
 */
public final class DL3002 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3002", LintSeverity.WARNING, "security",
            "The last USER of a stage is root", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            UserInstruction last = null;
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof UserInstruction user && user.user().isPresent()) {
                    last = user;
                }
            }
            if (last != null && value(context, stage, last).filter(DL3002::isRoot).isPresent()) {
                context.report(this, last.user().get().range(), message());
            }
        }
    }

    /** The user as written, or with variables: the stage's final user in the build graph (which this USER sets). */
    private static Optional<String> value(LintContext context, Stage stage, UserInstruction user) {
        String written = user.user().get().text();
        if (!Words.hasVariable(written)) {
            return Optional.of(Words.unquoted(written));
        }
        List<StageGraph> graph = context.graph().stages();
        return stage.index() < graph.size() ? graph.get(stage.index()).config().user() : Optional.empty();
    }

    static boolean isRoot(String user) {
        return user.equals("root") || user.equals("0") || user.startsWith("root:") || user.startsWith("0:");
    }

    static String message() {
        return "Last USER should not be root.";
    }
}
