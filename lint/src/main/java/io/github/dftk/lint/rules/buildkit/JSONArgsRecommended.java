package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.lint.analysis.StageDispatch;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CMD or ENTRYPOINT in shell form while the stage (with the stages it builds on) has set no
 * SHELL: {@code /bin/sh -c} becomes PID 1 and does not pass signals on. The fix writes the
 * JSON form when the command is plain words that the shell would split the same way; for
 * ENTRYPOINT only in a stage without CMD, whose arguments the JSON form would start to
 * receive.
 */
public final class JSONArgsRecommended implements Rule {

    private static final RuleMeta META = CheckMetadata.of("JSONArgsRecommended", "best-practice",
            "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals", true);

    /** Words the shell takes literally: no quotes, escapes, variables, globs, redirections or operators. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+,=-]+");

    /** First words that are shell syntax or builtins rather than programs. */
    private static final Set<String> SHELL_WORDS = Set.of("!", "{", "}", "case", "do", "done", "elif", "else",
            "esac", "fi", "for", "function", "if", "in", "select", "then", "time", "until", "while", ".", ":",
            "alias", "bg", "break", "cd", "command", "continue", "eval", "exec", "exit", "export", "fg", "getopts",
            "hash", "jobs", "local", "read", "readonly", "return", "set", "shift", "source", "times", "trap",
            "type", "ulimit", "umask", "unalias", "unset", "wait");

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String keyword) {
        return "JSON arguments recommended for " + keyword + " to prevent unintended behavior related to OS signals";
    }

    @Override
    public void check(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        int[] bases = StageDispatch.bases(context);
        boolean[] endsWithShell = new boolean[stages.size()];
        for (Stage stage : stages) {
            int base = bases[stage.index()];
            boolean shell = base >= 0 && endsWithShell[base];
            boolean hasCmd = stage.instructions().stream().anyMatch(i -> i instanceof CmdInstruction);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof ShellInstruction set) {
                    shell = !set.shell().isEmpty();
                } else if (!shell && instruction instanceof CmdInstruction cmd) {
                    report(context, cmd, cmd.command(), true);
                } else if (!shell && instruction instanceof EntrypointInstruction entrypoint) {
                    report(context, entrypoint, entrypoint.command(), !hasCmd);
                }
            }
            endsWithShell[stage.index()] = shell;
        }
    }

    private void report(LintContext context, Instruction instruction, CommandLine command, boolean fixable) {
        if (!(command instanceof CommandLine.ShellForm shellForm)) {
            return;
        }
        String message = message(instruction.keyword().text());
        Optional<String> json = fixable && instruction.syntax().heredocs().isEmpty()
                ? jsonForm(shellForm.script().text()) : Optional.empty();
        if (json.isPresent()) {
            Word script = shellForm.script();
            context.report(this, instruction.range(), message, new Fix("Write the command as a JSON array",
                    List.of(new TextEdit(script.range(), json.get()))));
        } else {
            context.report(this, instruction.range(), message);
        }
    }

    /** {@code ["a", "b"]} for a script of plain words whose first word is a program. */
    private static Optional<String> jsonForm(String script) {
        String[] words = script.trim().split("[ \\t]+");
        if (script.isBlank() || SHELL_WORDS.contains(words[0]) || words[0].contains("=")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("[");
        for (String word : words) {
            if (!PLAIN_WORD.matcher(word).matches()) {
                return Optional.empty();
            }
            out.append(out.length() > 1 ? ", \"" : "\"").append(word).append('"');
        }
        return Optional.of(out.append(']').toString());
    }
}
