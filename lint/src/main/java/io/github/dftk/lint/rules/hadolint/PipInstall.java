package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;

/**
 * {@code pip install} as hadolint recognises it: {@code pip}, {@code pip3}, {@code pip3.11}, or
 * {@code python -m pip}.
 */
final class PipInstall {

    private PipInstall() {
    }

    /** Whether the command runs {@code pip install} (not the wrappers pipx and pipenv). */
    static boolean is(SimpleCommand command) {
        String name = command.commandName().substring(command.commandName().lastIndexOf('/') + 1);
        List<String> arguments = command.argumentValues();
        if (name.matches("pip[0-9.]*")) {
            return arguments.contains("install");
        }
        int module = arguments.indexOf("-m");
        return name.startsWith("python") && module >= 0 && module + 2 < arguments.size()
                && arguments.get(module + 1).equals("pip") && arguments.get(module + 2).equals("install");
    }

    /** The packages after {@code install}, values of {@code valueFlags} skipped. */
    static List<ShellWord> packages(SimpleCommand command, String... valueFlags) {
        List<ShellWord> operands = command.operands(valueFlags);
        int install = operands.stream().map(ShellWord::value).toList().indexOf("install");
        return operands.subList(install + 1, operands.size()).stream()
                .filter(w -> !w.value().equals("install")).toList();
    }
}
