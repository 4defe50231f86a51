package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.StageDispatch;
import io.github.dftk.parser.shell.VariableReference;
import io.github.dftk.parser.shell.WordResult;
import java.util.List;
import java.util.Optional;

/**
 * A variable used in an instruction argument BuildKit expands (see {@link StageDispatch}) that is
 * neither set there nor declared by an ARG of the stage. Once per word and name, as BuildKit
 * reports it, with BuildKit's "did you mean" over the variables set at that point.
 *
 * <p>The environment of a base image is unknown offline: dftk assumes it holds {@code PATH} only
 * (as BuildKit's own tests do), so a variable that only the image defines is reported.
 *
 * <p>Fix: when exactly one set variable is close to the name, rename the references (see
 * {@link VariableRename}).
 */
public final class UndefinedVar implements Rule {

    private static final RuleMeta META = CheckMetadata.of("UndefinedVar", "correctness",
            "Variables should be defined before their use", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String name, Optional<String> suggestion) {
        return "Usage of undefined variable '$" + name + "'"
                + suggestion.map(s -> " (did you mean $" + s + "?)").orElse("");
    }

    @Override
    public void check(LintContext context) {
        UnsetVariables unset = new UnsetVariables(context.text());
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void expanded(Instruction instruction, Word word, WordResult result, StageDispatch.State state) {
                if (result.references().isEmpty()) {
                    return;
                }
                List<VariableReference> references = result.references().stream()
                        .filter(r -> !r.set() && !state.declares(r.name())).toList();
                unset.add(instruction, word, references, state::names);
            }
        });
        unset.report(context, this, UndefinedVar::message);
    }
}
