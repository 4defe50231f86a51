package io.github.dftk.lint.rules.shellcheck;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The ShellCheck dialect ({@code --shell=}) of a shell, named as SHELL, a pragma or a {@code #!} line name it. */
final class ShellDialect {

    /** Shells ShellCheck checks, by program name; others (zsh, fish, python, …) are not checked at all. */
    private static final Map<String, String> DIALECTS = Map.of(
            "sh", "sh", "bash", "bash", "dash", "dash",
            // ShellCheck checks ash as dash; busybox's sh is ash
            "ash", "dash", "busybox", "dash",
            "ksh", "ksh", "mksh", "ksh", "pdksh", "ksh", "ksh93", "ksh");

    private ShellDialect() {
    }

    /**
     * The dialect of a command line such as {@code /bin/bash -eo pipefail -c} or
     * {@code /usr/bin/env bash} (the program, or the one {@code env} starts); empty when
     * ShellCheck does not check that shell.
     */
    static Optional<String> of(String commandLine) {
        String[] words = commandLine.strip().split("\\s+");
        String name = name(words[0]);
        if (name.equals("env")) {
            name = "";
            for (int i = 1; i < words.length && name.isEmpty(); i++) {
                if (!words[i].startsWith("-") && !words[i].contains("=")) {
                    name = name(words[i]);
                }
            }
        }
        return Optional.ofNullable(DIALECTS.get(name));
    }

    private static String name(String program) {
        String name = program.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }
}
