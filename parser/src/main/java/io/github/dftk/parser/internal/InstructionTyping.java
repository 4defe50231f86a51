package io.github.dftk.parser.internal;

import io.github.dftk.parser.DidYouMean;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.Severity;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.BuildContext;
import io.github.dftk.parser.InstructionSpec;
import io.github.dftk.parser.KeywordRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Gives an instruction's syntax its typed record through the keyword registry, with the
 * checks of BuildKit's instruction layer; unknown keywords become {@link UnknownInstruction}
 * with a "did you mean" suggestion.
 */
final class InstructionTyping {

    private final String text;
    private final KeywordRegistry registry;

    InstructionTyping(String text, KeywordRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    /** Builds the typed instruction, adding what BuildKit would reject to {@code sink}. */
    Instruction type(InstructionSyntax syntax, List<Diagnostic> sink) {
        return type(syntax, new Context(sink, false));
    }

    private Instruction type(InstructionSyntax syntax, Context context) {
        Optional<InstructionSpec> spec = registry.lookup(syntax.keyword().name());
        if (spec.isPresent()) {
            return spec.get().factory().build(syntax, context);
        }
        Optional<String> suggestion = DidYouMean.closest(syntax.keyword().text(), registry.upperCaseNames(), false);
        Diagnostic unknown = Diagnostic.error("unknown-instruction", "unknown instruction: " + syntax.keyword().text(),
                syntax.keyword().range());
        context.report(suggestion.isPresent()
                ? unknown.withReason("did you mean " + suggestion.get() + "?").withFix("write " + suggestion.get())
                : unknown.withReason("BuildKit rejects instructions it does not know")
                        .withFix("use an instruction from the Dockerfile reference"));
        return new UnknownInstruction(syntax, suggestion);
    }

    /**
     * What factories see while building one instruction. Inside ONBUILD, problems are
     * warnings: BuildKit checks a trigger only when a build based on this image runs it.
     */
    private final class Context implements BuildContext {
        private final List<Diagnostic> sink;
        private final boolean trigger;

        Context(List<Diagnostic> sink, boolean trigger) {
            this.sink = sink;
            this.trigger = trigger;
        }

        @Override
        public void report(Diagnostic diagnostic) {
            if (trigger && diagnostic.isError()) {
                diagnostic = new Diagnostic(diagnostic.code(), Severity.WARNING, "ONBUILD trigger: " + diagnostic.message(),
                        Optional.of("BuildKit checks a trigger only when a build FROM this image runs it"),
                        diagnostic.fix(), diagnostic.range());
            }
            sink.add(diagnostic);
        }

        @Override
        public SourceRange subRange(Word word, int from, int to) {
            return word.subRange(from, to, text);
        }

        @Override
        public Instruction build(InstructionSyntax nested) {
            return type(nested, new Context(sink, true));
        }

        @Override
        public KeywordRegistry registry() {
            return registry;
        }
    }
}
