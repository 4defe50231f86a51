package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.MaintainerInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;

/**
 * MAINTAINER is deprecated. The fix writes the same text as {@code LABEL maintainer="…"}
 * (a name already in double quotes is kept as written; otherwise quotes, the escape character
 * and {@code $} are escaped, since LABEL expands variables and MAINTAINER does not).
 */
public final class DL4000 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4000", LintSeverity.ERROR, "deprecation",
            "MAINTAINER instruction (deprecated; use a label)", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        char escape = context.dockerfile().escapeChar();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof MaintainerInstruction maintainer) {
                SourceRange range = maintainer.range();
                if (maintainer.name().isPresent() && range.startLine() == range.endLine()) {
                    String label = "LABEL maintainer=" + quoted(maintainer.name().get().text(), escape);
                    context.report(this, maintainer.keyword().range(), message(),
                            new Fix("Replace MAINTAINER with a maintainer label", List.of(new TextEdit(range, label))));
                } else {
                    context.report(this, maintainer.keyword().range(), message());
                }
            }
        }
    }

    static String quoted(String name, char escape) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                && name.substring(1, name.length() - 1).chars().noneMatch(c -> c == '"' || c == '$' || c == escape)) {
            return name;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : name.toCharArray()) {
            if (c == '"' || c == '$' || c == escape) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    static String message() {
        return "MAINTAINER is deprecated";
    }
}
