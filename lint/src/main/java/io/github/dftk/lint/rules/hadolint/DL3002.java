package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.shell.WordResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last USER of a stage is root. Unlike hadolint, a USER written with a variable is judged
 * by its value ({@code ARG u=root} + {@code USER ${u}} is root), expanded as BuildKit does.
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
            if (last != null && value(context, last).filter(DL3002::isRoot).isPresent()) {
                context.report(this, last.user().get().range(), message());
            }
        }
    }

    /** The user as written, or with variables: its value where BuildKit's dispatch expands it. */
    private static Optional<String> value(LintContext context, UserInstruction user) {
        String written = user.user().get().text();
        if (!Words.hasVariable(written)) {
            return Optional.of(Words.unquoted(written));
        }
        List<String> expanded = new ArrayList<>(1);
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void expanded(Instruction instruction, Word word, WordResult result, StageDispatch.State state) {
                if (instruction == user) {
                    expanded.add(result.value());
                }
            }
        });
        return expanded.stream().findFirst();
    }

    static boolean isRoot(String user) {
        return user.equals("root") || user.equals("0") || user.startsWith("root:") || user.startsWith("0:");
    }

    static String message() {
        return "Last USER should not be root.";
    }
}
