package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.GoStrings;
import java.util.List;

/**
 * {@code AS} cased unlike {@code FROM} ({@code FROM img as build}). Checked only when
 * {@code FROM} is itself all lower or all upper case (a mixed-case keyword is
 * ConsistentInstructionCasing's); the fix gives {@code AS} the keyword's case.
 */
public final class FromAsCasing implements Rule {

    private static final RuleMeta META = CheckMetadata.of("FromAsCasing", "style",
            "The 'as' keyword should match the case of the 'from' keyword", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String as, String from) {
        return "'" + as + "' and '" + from + "' keywords' casing do not match";
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction from && from.syntax().arguments().size() >= 3) {
                String keyword = from.keyword().text();
                Word as = from.syntax().arguments().get(1);
                boolean lower = Casing.isLower(keyword);
                if (!lower && !Casing.isUpper(keyword)) {
                    continue;
                }
                String wanted = lower ? GoStrings.toLower(as.text()) : Casing.toUpper(as.text());
                if (!wanted.equals(as.text())) {
                    String message = message(as.text(), keyword);
                    if (as.text().equalsIgnoreCase("as") && Locations.verbatim(as, context.text())) {
                        context.report(this, Locations.within(from, as.range()), message, new Fix(
                                "Write '" + wanted + "' to match '" + keyword + "'", List.of(new TextEdit(as.range(), wanted))));
                    } else {
                        context.report(this, Locations.within(from, as.range()), message);
                    }
                }
            }
        }
    }
}
