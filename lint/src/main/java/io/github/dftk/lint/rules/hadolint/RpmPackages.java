package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.function.Predicate;

/** How yum and dnf name versions: {@code name-version[-release]}, modules {@code name:stream}. */
final class RpmPackages {

    static final List<String> DNF = List.of("dnf", "microdnf");
    /** The yum and dnf actions that install packages (DL3030, DL3032, DL3038). */
    static final String[] INSTALLS = {"install", "groupinstall", "localinstall"};

    private RpmPackages() {
    }

    /**
     * Reports each RUN where one of {@code tools} installs a package without a version, or a
     * module without a stream ({@code module install}); group installs are not judged.
     */
    static void checkPins(LintContext context, Rule rule, String message, List<String> tools) {
        if (!RunCommands.calls(context, tools)) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            RunVariables variables = RunVariables.of(context, run);
            run.script().commands().stream()
                    .filter(c -> RunCommands.has(c, tools, "install") && !RunCommands.has(c, tools, "group"))
                    .filter(c -> {
                        boolean module = c.hasArgument("module");
                        Predicate<String> pinned = module ? m -> m.contains(":") : RpmPackages::versioned;
                        return !RunCommands.packages(c, List.of("install", "module")).stream()
                                .allMatch(p -> variables.allMatch(p, pinned));
                    })
                    .findFirst().ifPresent(c -> context.report(rule, run.script().range(c), message));
        }
    }

    /**
     * Whether a package names a version: an {@code .rpm} file, or a name followed by dash-separated
     * parts made of version characters, one of them starting with a digit ({@code gcc-c++-1.1.1},
     * {@code openssl-1:1.1.1k}; not {@code rpm-sign}).
     */
    static boolean versioned(String pkg) {
        if (pkg.endsWith(".rpm")) {
            return true;
        }
        String[] parts = pkg.split("-", -1);
        boolean digit = false;
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || ".~^_:+".indexOf(c) >= 0)) {
                return false;
            }
            digit |= !parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0));
        }
        return digit;
    }
}
