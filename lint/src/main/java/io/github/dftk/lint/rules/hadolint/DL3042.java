package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * {@code pip install} that keeps pip's download cache in the image. A truthy
 * {@code PIP_NO_CACHE_DIR} from ENV (this stage or a parent stage), on the command or exported in
 * the RUN counts, and so does a cache or tmpfs mount on {@code .cache/pip}. The fix adds
 * {@code --no-cache-dir} after {@code install}.
 */
public final class DL3042 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3042", LintSeverity.WARNING, "image-size",
            "pip install without --no-cache-dir", true);

    private static final List<String> TRUTHY = List.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes",
            "Yes", "YES");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, PipInstall::mayBe)) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(), run -> noCacheDir(context, run),
                c -> PipInstall.is(c) && !c.hasArgument("--no-cache-dir"), "Add --no-cache-dir",
                RunCommands.insertAfterArgument(context, " --no-cache-dir", "install"));
    }

    private static boolean noCacheDir(LintContext context, ShellRun run) {
        return RunVariables.of(context, run).values().getOrDefault("PIP_NO_CACHE_DIR", Optional.empty())
                .filter(TRUTHY::contains).isPresent()
                || RunCommands.mountsCache(run.run(), target -> target.contains(".cache/pip"))
                || run.script().commands().stream().anyMatch(DL3042::setsNoCache);
    }

    /** {@code PIP_NO_CACHE_DIR=1 pip …} or {@code export PIP_NO_CACHE_DIR=1}. */
    private static boolean setsNoCache(SimpleCommand command) {
        return command.assignments().stream().anyMatch(a -> a.name().equals("PIP_NO_CACHE_DIR")
                        && TRUTHY.contains(a.value().value()))
                || command.isNamed("export") && command.argumentValues().stream()
                        .anyMatch(a -> a.startsWith("PIP_NO_CACHE_DIR=") && TRUTHY.contains(a.substring(17)));
    }

    static String message() {
        return "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";
    }
}
