package io.github.dftk.lsp;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** dftk's source ranges as LSP ranges, and the ranges the features share. */
final class Ranges {

    private Ranges() {
    }

    /** dftk's lines and columns are 1-based UTF-16 counts; LSP's are the same counts from 0. */
    static Range of(SourceRange range) {
        return new Range(new Position(range.startLine() - 1, range.startColumn() - 1),
                new Position(range.endLine() - 1, range.endColumn() - 1));
    }

    /** Whether the cursor at {@code offset} touches {@code range}: its end counts, as editors place cursors. */
    static boolean touches(SourceRange range, int offset) {
        return offset >= range.startOffset() && offset <= range.endOffset();
    }

    /** The text of a stage: its FROM to the end of its last instruction. */
    static SourceRange span(Stage stage) {
        List<Instruction> body = stage.instructions();
        return SourceRange.span(stage.from().range(), body.isEmpty() ? stage.from().range() : body.get(body.size() - 1).range());
    }
}
