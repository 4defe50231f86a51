package io.github.dftk.parser;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.VariableReference;
import io.github.dftk.parser.shell.WordResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands an instruction argument like BuildKit (quotes, escapes, {@code $VAR},
 * {@code ${VAR:-x}} …) and says where in the file each variable is referenced, so that
 * undefined variables and expansion errors can be reported at their exact position.
 *
 * @param value the expanded text
 * @param references every variable the word uses, with its source range and whether it was set
 * @param error the expansion failure (e.g. {@code ${VAR:?msg}} with VAR unset), as a diagnostic
 */
public record WordExpansion(String value, List<Reference> references, Optional<Diagnostic> error) {

    /** One variable use: {@code name} at {@code range}; {@code set} when the environment defines it. */
    public record Reference(String name, SourceRange range, boolean set) {
    }

    public WordExpansion {
        references = List.copyOf(references);
    }

    /**
     * @param word an argument from the AST
     * @param env the variables in scope
     * @param escape the file's escape character ({@code Dockerfile.escapeChar()})
     * @param text the file text the word's range points into
     */
    public static WordExpansion of(Word word, Env env, char escape, String text) {
        ShellLexer lexer = escape == '\\' ? ShellLexer.DEFAULT : ShellLexer.builder().escape(escape).build();
        WordResult result = lexer.processWord(word.text(), env);
        List<Reference> references = new ArrayList<>(result.references().size());
        for (VariableReference r : result.references()) {
            references.add(new Reference(r.name(), word.subRange(r.start(), r.end(), text), r.set()));
        }
        Optional<Diagnostic> error = result.error().map(e -> Diagnostic.error("expansion", e.message(),
                word.subRange(e.offset(), e.offset(), text)).withReason("BuildKit fails the build when a word cannot be expanded"));
        return new WordExpansion(result.value(), references, error);
    }

}
