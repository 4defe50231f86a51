package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.shell.CommandFlag;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * {@code useradd} with a UID of more than five digits and without {@code -l}: the lastlog and
 * faillog files are sparse files sized by the highest UID, and image layers store them in full.
 * A UID written with a variable is not judged. The fix adds {@code -l} ({@code --no-log-init})
 * right after {@code useradd}: it only skips those two logs.
 */
public final class DL3046 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3046", LintSeverity.WARNING, "best-practice",
            "`useradd` with a UID longer than 5 digits but without -l (--no-log-init)", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "useradd")) {
            return;
        }
        for (ShellRun run : RunCommands.runs(context, true)) {
            RunVariables variables = RunVariables.of(context, run);
            List<SimpleCommand> bloating = run.script().commands().stream().filter(c -> bloats(c, variables)).toList();
            if (!bloating.isEmpty()) {
                List<TextEdit> edits = bloating.stream()
                        .map(command -> new TextEdit(end(RunCommands.nameRange(run, command)), " -l")).toList();
                SourceRange at = RunCommands.nameRange(run, bloating.get(0));
                if (run.execForm()) {
                    context.report(this, at, message());
                } else {
                    context.report(this, at, message(), new Fix("Add -l (--no-log-init) to useradd", edits));
                }
            }
        }
    }

    private static boolean bloats(SimpleCommand command, RunVariables variables) {
        return command.isNamed("useradd") && !command.hasFlag("l", "no-log-init")
                && uid(command, variables).filter(uid -> uid.length() > 5 && uid.chars().allMatch(Character::isDigit))
                        .isPresent();
    }

    /**
     * The value of {@code -u}/{@code --uid}, given as {@code --uid=N} or as the next word; a
     * variable is read with the RUN's ARG and ENV values ({@code -u ${UID}} with {@code ARG UID=100000}).
     */
    private static Optional<String> uid(SimpleCommand command, RunVariables variables) {
        for (CommandFlag flag : command.flags()) {
            if (flag.name().equals("u") || flag.name().equals("uid")) {
                if (flag.value().isPresent()) {
                    return value(flag.word(), variables).map(word -> word.substring(word.indexOf('=') + 1));
                }
                int at = command.arguments().indexOf(flag.word());
                boolean lastInWord = flag.word().value().endsWith(flag.name());
                if (lastInWord && at + 1 < command.arguments().size()) {
                    return value(command.arguments().get(at + 1), variables);
                }
            }
        }
        return Optional.empty();
    }

    /** The word's one value with the variables known; empty when it is not one word or is given at build time. */
    private static Optional<String> value(ShellWord word, RunVariables variables) {
        return variables.words(word).filter(words -> words.size() == 1).map(words -> words.get(0));
    }

    private static SourceRange end(SourceRange range) {
        return new SourceRange(range.endOffset(), range.endOffset(), range.endLine(), range.endColumn(),
                range.endLine(), range.endColumn());
    }

    static String message() {
        return "`useradd` without flag `-l` and high UID will result in excessively large Image.";
    }
}
