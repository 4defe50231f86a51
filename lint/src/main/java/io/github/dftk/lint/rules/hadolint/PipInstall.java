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
        if (isPip(name)) {
            return command.hasArgument("install");
        }
        if (!name.startsWith("python")) {
            return false;
        }
        List<String> arguments = command.argumentValues();
        int module = arguments.indexOf("-m");
        return module >= 0 && module + 2 < arguments.size()
                && arguments.get(module + 1).equals("pip") && arguments.get(module + 2).equals("install");
    }

    /** Whether a program of this name may run {@code pip install}: pip itself, or a python with {@code -m pip}. */
    static boolean mayBe(String program) {
        String name = program.substring(program.lastIndexOf('/') + 1);
        return isPip(name) || name.startsWith("python");
    }

    /** {@code pip}, {@code pip3}, {@code pip3.11}: "pip" and then digits and dots. */
    private static boolean isPip(String name) {
        if (!name.startsWith("pip")) {
            return false;
        }
        for (int i = 3; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The packages after {@code install}, values of {@code valueFlags} skipped. */
    static List<ShellWord> packages(SimpleCommand command, String... valueFlags) {
        List<ShellWord> operands = command.operands(valueFlags);
        int install = operands.stream().map(ShellWord::value).toList().indexOf("install");
        return operands.subList(install + 1, operands.size()).stream()
                .filter(w -> !w.value().equals("install")).toList();
    }
}
