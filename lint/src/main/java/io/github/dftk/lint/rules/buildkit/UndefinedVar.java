package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.DidYouMean;
import io.github.dftk.parser.shell.VariableReference;
import io.github.dftk.parser.shell.WordResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A variable used in an instruction argument BuildKit expands (see {@link StageDispatch}) that is
 * neither set there nor declared by an ARG of the stage — BuildKit's {@code UndefinedVar}. Once
 * per word and name, as BuildKit reports it, with BuildKit's "did you mean" over the variables set
 * at that point.
 *
 * <p>The environment of a base image is unknown offline: dftk assumes it holds {@code PATH} only
 * (as BuildKit's own tests do), so a variable that only the image defines is reported.
 *
 * <p>Fix: when exactly one set variable is close to the name, rename every reference to that
 * name in the instruction (a misspelling; with two candidates the rename would be a guess).
 */
public final class UndefinedVar implements Rule {

    static final RuleMeta META = new RuleMeta("UndefinedVar", RuleFamily.BUILDKIT, LintSeverity.WARNING,
            "correctness", "Variables should be defined before their use",
            "https://docs.docker.com/go/dockerfile/rule/undefined-var/", true, false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One reported use, and every unset reference to the same name in its instruction. */
    private record Use(Instruction instruction, String name, SourceRange range, List<String> options) {
    }

    /** A name in one instruction (its start offset). */
    private record Key(int instruction, String name) {
    }

    @Override
    public void check(LintContext context) {
        String text = context.text();
        List<Use> uses = new ArrayList<>();
        Map<Key, List<SourceRange>> references = new LinkedHashMap<>();
        StageDispatch.run(context, new StageDispatch.Listener() {
            @Override
            public void expanded(Instruction instruction, Word word, WordResult result, StageDispatch.State state) {
                Set<String> reported = new HashSet<>();
                for (VariableReference reference : result.references()) {
                    if (reference.set() || state.declares(reference.name())) {
                        continue;
                    }
                    SourceRange range = word.subRange(reference.start(), reference.end(), text);
                    references.computeIfAbsent(new Key(instruction.range().startOffset(), reference.name()),
                            k -> new ArrayList<>()).add(range);
                    if (reported.add(reference.name())) {
                        uses.add(new Use(instruction, reference.name(), range, state.names()));
                    }
                }
            }
        });
        for (Use use : uses) {
            Optional<String> suggestion = DidYouMean.closest(use.name(), use.options(), true);
            String message = message(use.name(), suggestion);
            SourceRange at = Words.findingRange(use.instruction(), use.range());
            Optional<String> rename = VariableRename.onlyCloseOption(use.name(), use.options());
            List<SourceRange> all = references.get(new Key(use.instruction().range().startOffset(), use.name()));
            rename.flatMap(to -> VariableRename.of(text, use.name(), to, all)).ifPresentOrElse(
                    fix -> context.report(this, at, message, fix), () -> context.report(this, at, message));
        }
    }

    static String message(String name, Optional<String> suggestion) {
        return "Usage of undefined variable '$" + name + "'"
                + suggestion.map(s -> " (did you mean $" + s + "?)").orElse("");
    }
}
