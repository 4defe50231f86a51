package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ExperimentalInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Keyword;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.GoStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * An instruction keyword cased unlike the file's majority. BuildKit counts the keywords of
 * the stages (FROM and what follows; not the ARGs before the first FROM) that are all lower
 * or all upper case; a tie counts as upper case. A mixed-case keyword always differs. The fix
 * writes the keyword in the majority's case.
 */
public final class ConsistentInstructionCasing implements Rule {

    private static final RuleMeta META = CheckMetadata.of("ConsistentInstructionCasing", "style",
            "All commands within the Dockerfile should use the same casing (either upper or lower)", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String keyword, boolean lower) {
        return "Command '" + keyword + "' should match the case of the command majority ("
                + (lower ? "lowercase" : "uppercase") + ")";
    }

    @Override
    public void check(LintContext context) {
        List<Instruction> counted = new ArrayList<>();
        for (Stage stage : context.dockerfile().stages()) {
            counted.add(stage.from());
            for (Instruction instruction : stage.instructions()) {
                // BuildKit stops at an instruction it does not know, before this check
                if (!(instruction instanceof UnknownInstruction) && !(instruction instanceof ExperimentalInstruction)) {
                    counted.add(instruction);
                }
            }
        }
        int lower = 0;
        int upper = 0;
        for (Instruction instruction : counted) {
            String keyword = instruction.keyword().text();
            if (Casing.isLower(keyword)) {
                lower++;
            } else if (Casing.isUpper(keyword)) {
                upper++;
            }
        }
        boolean majorityLower = lower > upper;
        for (Instruction instruction : counted) {
            Keyword keyword = instruction.keyword();
            String wanted = majorityLower ? GoStrings.toLower(keyword.text()) : Casing.toUpper(keyword.text());
            if (!wanted.equals(keyword.text())) {
                context.report(this, keyword.range(), message(keyword.text(), majorityLower),
                        new Fix("Write '" + wanted + "'", List.of(new TextEdit(keyword.range(), wanted))));
            }
        }
    }
}
