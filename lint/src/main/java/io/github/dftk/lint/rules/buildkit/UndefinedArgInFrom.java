package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.DidYouMean;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.VariableReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A variable in a FROM image or {@code --platform} value that no ARG before the first FROM
 * declares and BuildKit does not define (its platform ARGs) — BuildKit's {@code UndefinedArgInFrom}.
 * Once per name and expression, with BuildKit's "did you mean" over the known names.
 *
 * <p>Fix: when exactly one known name is close, rename the references in that expression (a
 * misspelling such as {@code $BULIDPLATFORM}).
 */
public final class UndefinedArgInFrom implements Rule {

    static final RuleMeta META = new RuleMeta("UndefinedArgInFrom", RuleFamily.BUILDKIT, LintSeverity.WARNING,
            "correctness", "FROM command must use declared ARGs",
            "https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/", true, false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        GlobalArgs global = GlobalArgs.of(context);
        ShellLexer lexer = GlobalArgs.lexer(context);
        List<String> options = global.names();
        for (Stage stage : context.dockerfile().stages()) {
            FromInstruction from = stage.from();
            List<Word> expressions = new ArrayList<>(2);
            from.image().ifPresent(expressions::add);
            from.platform().ifPresent(flag -> expressions.add(Words.flagValue(flag, context.text())));
            // BuildKit reports a name once per expression; a rename fixes it in both.
            List<Map.Entry<String, SourceRange>> reports = new ArrayList<>();
            Map<String, List<SourceRange>> references = new LinkedHashMap<>();
            for (Word word : expressions) {
                Set<String> reported = new HashSet<>();
                for (VariableReference reference : global.expand(lexer, word).references()) {
                    String name = reference.name();
                    if (global.isKnown(name)) {
                        continue;
                    }
                    SourceRange range = word.subRange(reference.start(), reference.end(), context.text());
                    references.computeIfAbsent(name, n -> new ArrayList<>()).add(range);
                    if (reported.add(name)) {
                        reports.add(Map.entry(name, range));
                    }
                }
            }
            for (Map.Entry<String, SourceRange> report : reports) {
                String name = report.getKey();
                String message = "FROM argument '" + name + "' is not declared"
                        + DidYouMean.closest(name, options, true).map(s -> " (did you mean " + s + "?)").orElse("");
                SourceRange at = Words.findingRange(from, report.getValue());
                Optional<String> rename = VariableRename.onlyCloseOption(name, options);
                rename.flatMap(to -> VariableRename.of(context.text(), name, to, references.get(name)))
                        .ifPresentOrElse(fix -> context.report(this, at, message, fix),
                                () -> context.report(this, at, message));
            }
        }
    }
}
