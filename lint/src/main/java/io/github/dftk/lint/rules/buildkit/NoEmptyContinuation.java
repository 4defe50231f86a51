package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty line inside a backslash-continued instruction. BuildKit's parser reports it once
 * per instruction, on the last line it read for that instruction (heredoc bodies aside).
 */
public final class NoEmptyContinuation implements Rule {

    static final String NAME = "NoEmptyContinuation";

    private static final RuleMeta META = CheckMetadata.of(NAME, "correctness",
            "Empty continuation lines will become errors in a future release", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            InstructionSyntax syntax = instruction.syntax();
            if (!syntax.emptyContinuationLines().isEmpty()) {
                int line = lastLine(syntax);
                for (SourceRange empty : syntax.emptyContinuationLines()) {
                    line = Math.max(line, empty.startLine());
                }
                context.report(this, Locations.line(context.parsed(), line), "Empty continuation line",
                        new Fix("Remove the empty lines", deletions(context, syntax.emptyContinuationLines())));
            }
        }
    }

    /** Deletes each empty line with its line break: BuildKit skips them, so the instruction stays the same. */
    private static List<TextEdit> deletions(LintContext context, List<SourceRange> emptyLines) {
        String text = context.text();
        List<TextEdit> edits = new ArrayList<>(emptyLines.size());
        for (SourceRange empty : emptyLines) {
            SourceRange line = Locations.line(context.parsed(), empty.startLine());
            int end = text.indexOf('\n', line.endOffset());
            end = end < 0 ? text.length() : end + 1;
            edits.add(new TextEdit(context.parsed().range(line.startOffset(), end), ""));
        }
        return edits;
    }

    /** The instruction's last line before any heredoc body. */
    private static int lastLine(InstructionSyntax syntax) {
        int line = syntax.range().endLine();
        for (Heredoc heredoc : syntax.heredocs()) {
            line = Math.min(line, Math.min(heredoc.bodyRange().startLine(), heredoc.terminatorRange().startLine()) - 1);
        }
        return line;
    }
}
