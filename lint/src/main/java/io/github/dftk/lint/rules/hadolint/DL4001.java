package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Both {@code wget} and {@code curl} in one stage: two tools for one job in the image. Reported
 * on each RUN that uses one of them once both have been seen in the stage. ONBUILD triggers run
 * in another image, so they are counted on their own (hadolint counts them across stages; here
 * each stage starts afresh). Not fixable: which tool to keep is the author's choice.
 */
public final class DL4001 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4001", LintSeverity.WARNING, "best-practice",
            "Both `wget` and `curl` are used in the same stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "curl") && RunCommands.calls(context, "wget")) {
            return;
        }
        int stage = -1;
        Set<String> seen = new HashSet<>();
        Set<String> seenByTriggers = new HashSet<>();
        for (ShellRun run : context.shellRuns()) {
            int runStage = run.stage().map(Stage::index).orElse(-1);
            if (runStage != stage) {
                stage = runStage;
                seen.clear();
                seenByTriggers.clear();
            }
            Set<String> tools = run.onbuild() ? seenByTriggers : seen;
            List<SimpleCommand> used = run.script().commandsNamed("curl", "wget");
            used.forEach(command -> tools.add(tool(command)));
            if (!used.isEmpty() && tools.size() == 2) {
                context.report(this, RunCommands.nameRange(run, used.get(0)), message());
            }
        }
    }

    private static String tool(SimpleCommand command) {
        return command.isNamed("curl") ? "curl" : "wget";
    }

    static String message() {
        return "Either use Wget or Curl but not both.";
    }
}
