package io.github.dftk.parser.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code NAME=v cmd arg… >redirect}: assignments, then the command name and its arguments,
 * redirections anywhere. Also the questions lint rules ask about a command: its flags, its
 * operands, the sub-command of tools such as {@code apt-get install}, its package arguments.
 *
 * <p>Flags follow the usual conventions, as hadolint reads them: {@code --name} and
 * {@code --name=value}, {@code -abc} is the three flags {@code a}, {@code b}, {@code c}, a lone
 * {@code -} is an operand and {@code --} ends the flags. Which flags take a separate value word
 * ({@code -o file}) only the tool knows, so the queries that need it take those flag names.
 *
 * @param name the command name; absent for a command made only of assignments or redirections
 */
public record SimpleCommand(List<Assignment> assignments, Optional<ShellWord> name, List<ShellWord> arguments,
        List<Redirect> redirects, int start, int end) implements ShellCommand {

    public SimpleCommand {
        assignments = List.copyOf(assignments);
        arguments = List.copyOf(arguments);
        redirects = List.copyOf(redirects);
    }

    /** The command name after quote removal, expansions as written; empty when there is none. */
    public String commandName() {
        return name.map(ShellWord::value).orElse("");
    }

    /** Whether the command is one of these, called by name or by path ({@code /usr/bin/apt-get} is {@code apt-get}). */
    public boolean isNamed(String... names) {
        if (name.isEmpty()) {
            return false;
        }
        String written = name.get().value();
        // Rules ask this of every command, many names each: compare each candidate with the end
        // of the name in place (most differ in their first compared character), no scan, no substring.
        for (String candidate : names) {
            int base = written.length() - candidate.length();
            if (base >= 0 && written.startsWith(candidate, base)
                    && (base == 0 || written.charAt(base - 1) == '/' && candidate.indexOf('/') < 0)) {
                return true;
            }
        }
        return false;
    }

    /** The arguments after quote removal, expansions as written. */
    public List<String> argumentValues() {
        return arguments.stream().map(ShellWord::value).toList();
    }

    /** Whether some argument is exactly one of these values. */
    public boolean hasArgument(String... values) {
        for (ShellWord argument : arguments) {
            if (contains(values, argument.value())) {
                return true;
            }
        }
        return false;
    }

    /** Whether some argument starts with this prefix ({@code --mount=} in {@code --mount=type=cache}). */
    public boolean hasArgumentStartingWith(String prefix) {
        for (ShellWord argument : arguments) {
            if (argument.value().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The flags before {@code --}, bundles split: {@code -yq --no-cache} is {@code y}, {@code q}, {@code no-cache}. */
    public List<CommandFlag> flags() {
        List<CommandFlag> flags = new ArrayList<>();
        for (ShellWord argument : arguments) {
            String value = argument.value();
            if (value.equals("--")) {
                break;
            }
            flags.addAll(CommandFlag.of(argument));
        }
        return flags;
    }

    /** Whether any of these flags is given (names without dashes: {@code hasFlag("y", "yes")}). */
    public boolean hasFlag(String... names) {
        return flag(names).isPresent();
    }

    /** The first of these flags given. */
    public Optional<CommandFlag> flag(String... names) {
        for (ShellWord argument : arguments) {
            String value = argument.value();
            if (value.equals("--")) {
                break;
            }
            if (!value.startsWith("-")) {
                continue; // an operand: no flags, nothing to split
            }
            for (CommandFlag flag : CommandFlag.of(argument)) {
                if (contains(names, flag.name())) {
                    return Optional.of(flag);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean contains(String[] values, String value) {
        for (String candidate : values) {
            if (value.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments that are not flags. A flag named in {@code flagsTakingValue} consumes the
     * next word as its value when it is written without {@code =value} and ends its word.
     */
    public List<ShellWord> operands(String... flagsTakingValue) {
        List<ShellWord> operands = new ArrayList<>();
        readOperands(flagsTakingValue, operands, false);
        return operands;
    }

    /** Adds the operands to {@code operands}; only the first one if {@code firstOnly} (a sub-command). */
    private void readOperands(String[] flagsTakingValue, List<ShellWord> operands, boolean firstOnly) {
        boolean flagsEnded = false;
        for (int i = 0; i < arguments.size() && !(firstOnly && !operands.isEmpty()); i++) {
            ShellWord argument = arguments.get(i);
            if (flagsEnded) {
                operands.add(argument);
                continue;
            }
            if (argument.value().equals("--")) {
                flagsEnded = true;
                continue;
            }
            List<CommandFlag> flags = CommandFlag.of(argument);
            if (flags.isEmpty()) {
                operands.add(argument);
                continue;
            }
            CommandFlag last = flags.get(flags.size() - 1);
            if (last.value().isEmpty() && contains(flagsTakingValue, last.name())) {
                i++;
            }
        }
    }

    /** The first operand: {@code install} in {@code apt-get -y install curl}. */
    public Optional<String> subcommand(String... flagsTakingValue) {
        List<ShellWord> first = new ArrayList<>(1);
        readOperands(flagsTakingValue, first, true);
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0).value());
    }

    /** Whether the sub-command is one of these: {@code isNamed("apt-get") && hasSubcommand("install")}. */
    public boolean hasSubcommand(String... subcommands) {
        Optional<String> subcommand = subcommand();
        return subcommand.isPresent() && contains(subcommands, subcommand.get());
    }

    /** The operands after the sub-command, read as packages: {@code curl=7.1} in {@code apt-get install curl=7.1}. */
    public List<PackageArgument> packages(String... flagsTakingValue) {
        List<ShellWord> operands = operands(flagsTakingValue);
        return operands.stream().skip(1).map(PackageArgument::of).toList();
    }
}
