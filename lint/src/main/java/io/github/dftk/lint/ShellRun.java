package io.github.dftk.lint;

import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.shell.ScriptPositions;
import io.github.dftk.parser.shell.ShellParser;
import io.github.dftk.parser.shell.ShellScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A RUN whose script is POSIX shell, parsed once for all the rules that look at commands
 * ({@link LintContext#shellRuns()}).
 *
 * @param instruction the instruction as written: the RUN, or the ONBUILD holding it
 * @param run         the RUN itself
 * @param stage       the stage it is in; empty before the first FROM (hadolint lints those RUNs too)
 * @param script      its shell script with Dockerfile ranges
 */
public record ShellRun(Instruction instruction, RunInstruction run, Optional<Stage> stage, ShellScript script) {

    /** Shells whose scripts are not POSIX shell, as hadolint names them: their RUNs are not analysed. */
    private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd");
    /** Interpreters a here-document's {@code #!} line may name and still be shell (hadolint issue #806). */
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");

    /** Whether the RUN is an ONBUILD trigger (run in images built from this one). */
    public boolean onbuild() {
        return instruction instanceof OnbuildInstruction;
    }

    /**
     * Every shell-form RUN (ONBUILD triggers included) whose shell is POSIX: the default
     * {@code /bin/sh}, or a SHELL instruction or {@code # hadolint shell=} pragma naming a POSIX
     * shell; those before the first FROM too. An exec-form RUN's script is its arguments joined
     * ({@link #execForm}), and a here-document
     * whose {@code #!} line names another interpreter ({@code python3}) is not shell.
     */
    static List<ShellRun> of(ParseResult parsed, Pragmas pragmas) {
        List<ShellRun> runs = new ArrayList<>();
        List<Optional<Stage>> stages = new ArrayList<>();
        List<List<Instruction>> bodies = new ArrayList<>();
        stages.add(Optional.empty());
        bodies.add(parsed.dockerfile().preamble());
        for (Stage stage : parsed.dockerfile().stages()) {
            stages.add(Optional.of(stage));
            bodies.add(stage.instructions());
        }
        for (int i = 0; i < stages.size(); i++) {
            Optional<Stage> stage = stages.get(i);
            for (Instruction instruction : bodies.get(i)) {
                Optional<RunInstruction> run = instruction instanceof RunInstruction direct ? Optional.of(direct)
                        : instruction instanceof OnbuildInstruction onbuild
                                ? onbuild.trigger().filter(RunInstruction.class::isInstance).map(RunInstruction.class::cast)
                                : Optional.empty();
                if (run.isEmpty() || !isPosix(pragmas.shellAt(instruction))) {
                    continue;
                }
                Optional<ShellScript> script = run.get().command() instanceof CommandLine.ExecForm exec
                        ? execScript(parsed, exec) : ShellParser.parse(parsed, run.get());
                script.filter(s -> !foreignShebang(run.get(), s))
                        .ifPresent(s -> runs.add(new ShellRun(instruction, run.get(), stage, s)));
            }
        }
        return List.copyOf(runs);
    }

    /**
     * The script hadolint reads from an exec form: its arguments joined by spaces, so that
     * {@code RUN ["sudo", "apt-get", "install", "curl"]} calls sudo and apt-get like the shell form.
     */
    private static Optional<ShellScript> execScript(ParseResult parsed, CommandLine.ExecForm exec) {
        if (exec.arguments().isEmpty()) {
            return Optional.empty();
        }
        String script = exec.arguments().stream().map(Word::text).collect(Collectors.joining(" "));
        return Optional.of(ShellParser.parse(script, ScriptPositions.ofArguments(parsed, exec.arguments())));
    }

    /**
     * Whether the RUN is in exec form: its script is read for the rules, but no shell runs it, so
     * edits to its text (fixes) and ShellCheck do not apply.
     */
    public boolean execForm() {
        return run.command() instanceof CommandLine.ExecForm;
    }

    /**
     * Whether the script is a here-document BuildKit runs as a file of its own (it starts with
     * {@code #!}) whose interpreter is not a shell: {@code #!/usr/bin/env python3}.
     */
    private static boolean foreignShebang(RunInstruction run, ShellScript script) {
        Optional<String> interpreter = shebang(run, script);
        return interpreter.isPresent() && !SHELLS.contains(programName(interpreter.get()));
    }

    /**
     * The interpreter line of a here-document script that starts with {@code #!} (BuildKit runs
     * such a script as a file, so it decides the shell, not SHELL): without {@code #!} and a
     * leading {@code env [-S]}, e.g. {@code /bin/bash -e}. Empty for other scripts.
     */
    public Optional<String> shebang() {
        return shebang(run, script);
    }

    private static Optional<String> shebang(RunInstruction run, ShellScript script) {
        String text = script.text();
        if (run.syntax().heredocs().isEmpty() || !text.startsWith("#!")) {
            return Optional.empty();
        }
        int end = text.indexOf('\n');
        String line = text.substring(2, end < 0 ? text.length() : end).strip();
        String[] words = BLANKS.split(line);
        int first = 0;
        if (programName(words[0]).equals("env")) {
            first = 1;
            while (first < words.length - 1 && words[first].startsWith("-")) {
                first++;
            }
        }
        return Optional.of(String.join(" ", Arrays.asList(words).subList(Math.min(first, words.length - 1), words.length)));
    }

    private static boolean isPosix(Optional<String> shell) {
        if (shell.isEmpty()) {
            return true;
        }
        return !NON_POSIX.contains(programName(shell.get()));
    }

    /** The file name of the program a command line starts with, lower case, without {@code .exe}. */
    public static String programName(String commandLine) {
        String program = BLANKS.split(commandLine.strip(), 2)[0].replace('\\', '/');
        String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }
}
