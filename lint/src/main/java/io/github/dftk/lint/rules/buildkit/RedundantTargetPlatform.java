package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.InstructionWords;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.VariableReference;
import io.github.dftk.parser.shell.WordResult;
import java.util.List;

/**
 * {@code FROM --platform=$TARGETPLATFORM}: the platform value uses no variable but
 * {@code TARGETPLATFORM} and expands to exactly its value, which a stage gets anyway. The
 * message quotes the flag value as written. The fix removes the flag (when written without
 * quotes) and the blanks after it.
 */
public final class RedundantTargetPlatform implements Rule {

    private static final String TARGET_PLATFORM = "TARGETPLATFORM";
    private static final RuleMeta META = CheckMetadata.of("RedundantTargetPlatform", "best-practice",
            "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String platform) {
        return "Setting platform to predefined " + platform + " in FROM is redundant as this is the default behavior";
    }

    @Override
    public void check(LintContext context) {
        GlobalArgs global = GlobalArgs.of(context);
        ShellLexer lexer = GlobalArgs.lexer(context);
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.from().platform().isEmpty() || stage.from().platform().get().valueOrEmpty().isEmpty()) {
                continue;
            }
            Flag flag = stage.from().platform().get();
            WordResult result = global.expand(lexer, InstructionWords.flagValue(flag, context.text()));
            List<String> names = result.references().stream().map(VariableReference::name).distinct().toList();
            boolean allSet = result.references().stream().allMatch(VariableReference::set);
            if (allSet && names.equals(List.of(TARGET_PLATFORM))
                    && global.value(TARGET_PLATFORM).orElse("").equals(result.value())) {
                SourceRange at = Locations.within(stage.from(), flag.range());
                String message = message(flag.valueOrEmpty());
                if (Locations.verbatim(new Word(flag.text(), flag.range()), context.text())) {
                    int end = flag.range().endOffset();
                    while (end < context.text().length() && (context.text().charAt(end) == ' '
                            || context.text().charAt(end) == '\t')) {
                        end++;
                    }
                    context.report(this, at, message, new Fix("Remove " + flag.text(),
                            List.of(new TextEdit(context.parsed().range(flag.range().startOffset(), end), ""))));
                } else {
                    context.report(this, at, message);
                }
            }
        }
    }
}
