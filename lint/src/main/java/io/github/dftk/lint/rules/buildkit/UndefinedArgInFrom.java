package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.lint.analysis.InstructionWords;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.VariableReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A variable in a FROM image or {@code --platform} value that no ARG before the first FROM
 * declares and BuildKit does not define (its platform ARGs). Once per name and expression, with
 * BuildKit's "did you mean" over the known names.
 *
 * <p>Fix: when exactly one known name is close, rename the references in that FROM (a
 * misspelling such as {@code $BULIDPLATFORM}).
 */
public final class UndefinedArgInFrom implements Rule {

    private static final RuleMeta META = CheckMetadata.of("UndefinedArgInFrom", "correctness",
            "FROM command must use declared ARGs", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String name, Optional<String> suggestion) {
        return "FROM argument '" + name + "' is not declared"
                + suggestion.map(s -> " (did you mean " + s + "?)").orElse("");
    }

    @Override
    public void check(LintContext context) {
        GlobalArgs global = GlobalArgs.of(context);
        ShellLexer lexer = GlobalArgs.lexer(context);
        UnsetVariables unset = new UnsetVariables(context.text());
        for (Stage stage : context.dockerfile().stages()) {
            FromInstruction from = stage.from();
            List<Word> expressions = new ArrayList<>(2);
            from.image().ifPresent(expressions::add);
            from.platform().ifPresent(flag -> expressions.add(InstructionWords.flagValue(flag, context.text())));
            for (Word word : expressions) {
                List<VariableReference> unknown = global.expand(lexer, word).references().stream()
                        .filter(r -> !global.isKnown(r.name())).toList();
                unset.add(from, word, unknown, global::names);
            }
        }
        unset.report(context, this, UndefinedArgInFrom::message);
    }
}
