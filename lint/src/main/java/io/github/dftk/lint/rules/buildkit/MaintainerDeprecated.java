package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.MaintainerInstruction;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.List;
import java.util.Optional;

/**
 * Any MAINTAINER instruction. The fix writes the author as the OCI label
 * {@code org.opencontainers.image.authors}, quoted so that the label's value is the text
 * MAINTAINER kept as it was.
 */
public final class MaintainerDeprecated implements Rule {

    private static final RuleMeta META = CheckMetadata.of("MaintainerDeprecated", "best-practice",
            "The MAINTAINER instruction is deprecated, use a label instead to define an image author", true);

    static final String MESSAGE = "Maintainer instruction is deprecated in favor of using label";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        char escape = context.dockerfile().escapeChar();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof MaintainerInstruction maintainer) {
                Optional<String> label = maintainer.name()
                        .filter(name -> maintainer.range().startLine() == maintainer.range().endLine())
                        .flatMap(name -> label(maintainer.keyword().text(), name.text(), escape));
                if (label.isPresent()) {
                    context.report(this, maintainer.range(), MESSAGE, new Fix("Use LABEL org.opencontainers.image.authors",
                            List.of(new TextEdit(maintainer.range(), label.get()))));
                } else {
                    context.report(this, maintainer.range(), MESSAGE);
                }
            }
        }
    }

    /** The LABEL instruction, in the keyword's case, whose value expands back to exactly {@code author}. */
    private static Optional<String> label(String keyword, String author, char escape) {
        StringBuilder quoted = new StringBuilder("\"");
        author.codePoints().forEach(c -> {
            if (c == '"' || c == '$' || c == escape) {
                quoted.append(escape);
            }
            quoted.appendCodePoint(c);
        });
        quoted.append('"');
        String value = quoted.toString();
        if (!ShellLexer.builder().escape(escape).build().processWord(value, Env.empty()).value().equals(author)) {
            return Optional.empty();
        }
        String label = Casing.isLower(keyword) ? "label" : "LABEL";
        return Optional.of(label + " org.opencontainers.image.authors=" + value);
    }
}
