package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.shell.ShellNode;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The questions hadolint's package-manager rules ask about the commands of a RUN, and how they
 * report: once per RUN (as hadolint does), at the first command at fault.
 */
final class RunCommands {

    /** The programs the file's shell RUNs call, by name as written and by file name ({@code /usr/bin/apt-get}, {@code apt-get}). */
    private static final LintContext.Analysis<Set<String>> PROGRAMS = context -> {
        Set<String> programs = new HashSet<>();
        for (ShellRun run : context.shellRuns()) {
            for (SimpleCommand command : run.script().commands()) {
                String written = command.commandName();
                programs.add(written);
                programs.add(written.substring(written.lastIndexOf('/') + 1));
            }
        }
        return programs;
    };

    private RunCommands() {
    }

    /**
     * Whether some shell RUN of the file calls one of these programs (as {@link SimpleCommand#isNamed}
     * matches them). Most files call none of the tools a rule is about, so rules ask this first.
     */
    static boolean calls(LintContext context, String... names) {
        Set<String> programs = context.analysis(PROGRAMS);
        for (String name : names) {
            if (programs.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean calls(LintContext context, List<String> names) {
        return calls(context, names.toArray(String[]::new));
    }

    /** Whether some shell RUN of the file calls a program whose name passes {@code program}. */
    static boolean calls(LintContext context, Predicate<String> program) {
        return context.analysis(PROGRAMS).stream().anyMatch(program);
    }

    /**
     * hadolint's test for a tool's action: the command has one of these names and one of these
     * words among its arguments, wherever it stands ({@code apt-get -y install}, {@code yum -y install}).
     */
    static boolean has(SimpleCommand command, List<String> names, String... arguments) {
        for (String name : names) {
            if (has(command, name, arguments)) {
                return true;
            }
        }
        return false;
    }

    static boolean has(SimpleCommand command, String name, String... arguments) {
        return command.isNamed(name) && command.hasArgument(arguments);
    }

    /**
     * The arguments that are neither flags, values of the flags listed, nor one of the action
     * words: the packages of {@code apt-get install -t stable curl}.
     */
    static List<ShellWord> packages(SimpleCommand command, List<String> actions, String... flagsTakingValue) {
        return command.operands(flagsTakingValue).stream().filter(w -> !actions.contains(w.value())).toList();
    }

    /** Whether a {@code --mount=type=cache} or {@code tmpfs} mount has a target starting with {@code dir}. */
    static boolean mountsCache(RunInstruction run, String dir) {
        return mountsCache(run, target -> target.startsWith(dir));
    }

    /** Whether a {@code --mount=type=cache} or {@code tmpfs} mount has a target that passes {@code target}. */
    static boolean mountsCache(RunInstruction run, Predicate<String> target) {
        for (Flag mount : run.mounts()) {
            List<String> options = Arrays.asList(mount.valueOrEmpty().split(","));
            boolean cache = options.contains("type=cache") || options.contains("type=tmpfs");
            boolean covers = options.stream().anyMatch(o -> (o.startsWith("target=") || o.startsWith("dst=")
                    || o.startsWith("destination=")) && target.test(o.substring(o.indexOf('=') + 1)));
            if (cache && covers) {
                return true;
            }
        }
        return false;
    }

    /** Reports each RUN with a command that fails {@code wrong}, at the first such command; no fix. */
    static void report(LintContext context, Rule rule, String message, Predicate<SimpleCommand> wrong) {
        for (ShellRun run : context.shellRuns()) {
            run.script().commands().stream().filter(wrong).findFirst()
                    .ifPresent(c -> context.report(rule, run.script().range(c), message));
        }
    }

    /**
     * Reports each RUN with a command that fails {@code wrong}, at the first such command, with
     * one fix made of {@code edit} of every such command (none when some command has no edit).
     */
    static void reportWithFix(LintContext context, Rule rule, String message, Predicate<SimpleCommand> wrong,
            String title, BiFunction<ShellRun, SimpleCommand, Optional<TextEdit>> edit) {
        reportWithFix(context, rule, message, run -> false, wrong, title, edit);
    }

    /** {@link #reportWithFix} for the RUNs that {@code exempt} does not set apart (a cache mount, a variable). */
    static void reportWithFix(LintContext context, Rule rule, String message, Predicate<ShellRun> exempt,
            Predicate<SimpleCommand> wrong, String title,
            BiFunction<ShellRun, SimpleCommand, Optional<TextEdit>> edit) {
        for (ShellRun run : context.shellRuns()) {
            List<SimpleCommand> found = run.script().commands().stream().filter(wrong).toList();
            if (found.isEmpty() || exempt.test(run)) { // the exemption may read variables: only when needed
                continue;
            }
            List<TextEdit> edits = found.stream().map(c -> edit.apply(run, c)).flatMap(Optional::stream).toList();
            SourceRange range = run.script().range(found.get(0));
            if (edits.size() == found.size() && !run.execForm()) {
                context.report(rule, range, message, new Fix(title, edits));
            } else {
                context.report(rule, range, message);
            }
        }
    }

    /** An edit inserting {@code text} right after the first argument that is one of {@code words}. */
    static BiFunction<ShellRun, SimpleCommand, Optional<TextEdit>> insertAfterArgument(LintContext context,
            String text, String... words) {
        List<String> wanted = List.of(words);
        return (run, command) -> command.arguments().stream().filter(a -> wanted.contains(a.value())).findFirst()
                .map(word -> insertAfter(context, run, word, text));
    }

    /** An edit inserting {@code text} right after the command name (where global options go). */
    static BiFunction<ShellRun, SimpleCommand, Optional<TextEdit>> insertAfterName(LintContext context, String text) {
        return (run, command) -> command.name().map(word -> insertAfter(context, run, word, text));
    }

    private static TextEdit insertAfter(LintContext context, ShellRun run, ShellWord word, String text) {
        int end = run.script().range(word).endOffset();
        return new TextEdit(context.parsed().range(end, end), text);
    }

    /**
     * The first command that {@code fills} a package cache when no command after the last such
     * one {@code cleans} it; empty when there is none to clean up.
     */
    static Optional<SimpleCommand> notCleanedAfter(ShellRun run, Predicate<SimpleCommand> fills,
            Predicate<SimpleCommand> cleans) {
        List<SimpleCommand> commands = run.script().commands();
        Optional<SimpleCommand> first = Optional.empty();
        boolean cleaned = false;
        for (SimpleCommand command : commands) {
            if (fills.test(command)) {
                first = first.or(() -> Optional.of(command));
                cleaned = false;
            } else if (cleans.test(command)) {
                cleaned = true;
            }
        }
        return cleaned ? Optional.empty() : first;
    }

    /** Whether the command is {@code rm} of something under {@code dir}. */
    static boolean removes(SimpleCommand command, String dir) {
        return command.isNamed("rm") && command.operands().stream().anyMatch(w -> w.value().startsWith(dir));
    }

    /**
     * Whether what the RUN leaves behind ends up in an image others use, as hadolint's clean-up
     * rules judge it: the RUN is an ONBUILD trigger, or is in the last stage, or in a stage a
     * later FROM builds on (a stage only copied from ships just what is copied), or the file has
     * no FROM at all.
     */
    static boolean ships(LintContext context, ShellRun run) {
        List<Stage> stages = context.dockerfile().stages();
        if (run.onbuild() || run.stage().isEmpty()) {
            return run.onbuild() || stages.isEmpty();
        }
        Stage stage = run.stage().get();
        Optional<String> name = stage.name();
        return stage.index() == stages.size() - 1 || name.isPresent() && stages.stream().skip(stage.index() + 1L)
                .anyMatch(s -> s.from().image().filter(w -> w.text().equalsIgnoreCase(name.get())).isPresent());
    }

    /**
     * Reports each RUN with an install command ({@code installs}) naming a package that is not
     * {@code pinned}, at the first such command. Package arguments are read with the RUN's ARG and
     * ENV values ({@link RunVariables}).
     */
    static void reportUnpinned(LintContext context, Rule rule, String message, Predicate<SimpleCommand> installs,
            Function<SimpleCommand, List<ShellWord>> packages, Predicate<String> pinned) {
        for (ShellRun run : context.shellRuns()) {
            RunVariables variables = RunVariables.of(context, run);
            run.script().commands().stream()
                    .filter(c -> installs.test(c)
                            && !packages.apply(c).stream().allMatch(p -> variables.allMatch(p, pinned)))
                    .findFirst().ifPresent(c -> context.report(rule, run.script().range(c), message));
        }
    }

    /** The shell RUNs a rule reads: ONBUILD triggers only for rules hadolint also applies to them. */
    static List<ShellRun> runs(LintContext context, boolean withOnbuild) {
        return context.shellRuns().stream().filter(run -> withOnbuild || !run.onbuild()).toList();
    }

    /** The first command of the RUN that matches. */
    static Optional<SimpleCommand> first(ShellRun run, Predicate<SimpleCommand> matches) {
        return run.script().commands().stream().filter(matches).findFirst();
    }

    /** Reports each RUN with a matching command once, at that command's name. */
    static void reportFirst(Rule rule, LintContext context, boolean withOnbuild, Predicate<SimpleCommand> matches,
            String message) {
        for (ShellRun run : runs(context, withOnbuild)) {
            first(run, matches).ifPresent(command -> context.report(rule, nameRange(run, command), message));
        }
    }

    /** Where the command's name is written (the whole command when it has none). */
    static SourceRange nameRange(ShellRun run, SimpleCommand command) {
        return run.script().range(command.name().<ShellNode>map(n -> n).orElse(command));
    }
}
