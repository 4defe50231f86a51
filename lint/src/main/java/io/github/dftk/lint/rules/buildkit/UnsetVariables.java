package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.parser.DidYouMean;
import io.github.dftk.parser.shell.VariableReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Variables that were used unset, collected word by word and reported as BuildKit reports them:
 * once per word and name, at the instruction, with a "did you mean" over the names known there.
 * The fix of a finding ({@link VariableRename}) renames the name everywhere in its instruction,
 * so that fixing one word does not leave the same finding in another.
 */
final class UnsetVariables {

    /** A finding to make: the first unset use of a name in a word. */
    private record Use(Instruction instruction, String name, SourceRange range, List<String> options) {
    }

    /** A name in one instruction (by its start offset). */
    private record Key(int instruction, String name) {
    }

    private final String text;
    private final List<Use> uses = new ArrayList<>();
    private final Map<Key, List<SourceRange>> references = new LinkedHashMap<>();

    UnsetVariables(String text) {
        this.text = text;
    }

    /** The unset {@code references} of {@code word} in {@code instruction}, where the names {@code known} are set. */
    void add(Instruction instruction, Word word, List<VariableReference> unset, Supplier<List<String>> known) {
        if (unset.isEmpty()) { // the usual case: no need for the known names
            return;
        }
        List<String> options = known.get();
        Set<String> reported = new HashSet<>();
        for (VariableReference reference : unset) {
            SourceRange range = word.subRange(reference.start(), reference.end(), text);
            references.computeIfAbsent(new Key(instruction.range().startOffset(), reference.name()),
                    key -> new ArrayList<>()).add(range);
            if (reported.add(reference.name())) {
                uses.add(new Use(instruction, reference.name(), range, options));
            }
        }
    }

    /** Reports every use; {@code message} gets the name and the suggestion, if any. */
    void report(LintContext context, Rule rule, BiFunction<String, Optional<String>, String> message) {
        for (Use use : uses) {
            String text = message.apply(use.name(), DidYouMean.closest(use.name(), use.options(), true));
            SourceRange at = Locations.within(use.instruction(), use.range());
            List<SourceRange> all = references.get(new Key(use.instruction().range().startOffset(), use.name()));
            VariableRename.onlyCloseOption(use.name(), use.options())
                    .flatMap(to -> VariableRename.of(this.text, use.name(), to, all))
                    .ifPresentOrElse(fix -> context.report(rule, at, text, fix), () -> context.report(rule, at, text));
        }
    }
}
