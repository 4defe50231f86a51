package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code go install}, {@code go get} or {@code go run} of a module without {@code @version}
 * ({@code @latest} and {@code @none} are not versions); local packages ({@code .}, paths) are
 * exempt. For {@code go run} only the package is judged, not the program's arguments.
 */
public final class DL3062 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3062", LintSeverity.WARNING, "pinning",
            "go install, go get or go run of a module without @version (not fixable: the version is yours to choose)",
            false);

    /** go's build flags that take a value as the next word. */
    private static final List<String> VALUE_FLAGS = List.of("C", "o", "p", "mod", "modfile", "tags", "ldflags",
            "gcflags", "asmflags", "gccgoflags", "overlay", "pkgdir", "exec", "toolexec", "compiler", "buildmode",
            "installsuffix", "covermode", "coverpkg", "pgo");

    private static final List<String> SUBCOMMANDS = List.of("install", "get", "run");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "go")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> c.isNamed("go") && c.subcommand().filter(SUBCOMMANDS::contains).isPresent(),
                DL3062::modules, DL3062::pinned);
    }

    /** The module arguments after the sub-command; for {@code go run} only the first. */
    private static List<ShellWord> modules(SimpleCommand command) {
        List<ShellWord> arguments = command.arguments();
        List<ShellWord> modules = new ArrayList<>();
        boolean run = command.hasSubcommand("run");
        for (int i = arguments.indexOf(command.operands().get(0)) + 1; i < arguments.size(); i++) {
            String value = arguments.get(i).value();
            if (value.startsWith("-")) {
                String name = value.replaceFirst("^--?", "");
                i += !name.contains("=") && VALUE_FLAGS.contains(name) ? 1 : 0;
                continue;
            }
            modules.add(arguments.get(i));
            if (run) {
                break;
            }
        }
        return modules;
    }

    private static boolean pinned(String module) {
        if (module.equals(".") || module.startsWith("/") || module.startsWith("./") || module.startsWith("../")
                || module.startsWith("~/")) {
            return true;
        }
        String version = module.substring(module.lastIndexOf('@') + 1);
        return module.lastIndexOf('@') > 0 && !version.isEmpty() && !version.equals("latest")
                && !version.equals("none");
    }

    static String message() {
        return "Pin versions in go install. Instead of `go install <package>` use `go install <package>@<version>`";
    }
}
