package io.github.dftk.lsp;

import io.github.dftk.ast.Comment;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;

/**
 * {@code textDocument/foldingRange}: stages, instructions written on several lines, heredoc
 * bodies and runs of comment lines. Lines are 0-based. Editors keep one range per start line,
 * so where two would start on the same line only the outer one (the stage) is given.
 */
final class FoldingRanges {

    private FoldingRanges() {
    }

    static CompletableFuture<List<FoldingRange>> answer(DocumentStore store, FoldingRangeRequestParams params) {
        return DocumentRequests.on(store, params.getTextDocument().getUri(), document -> of(document.parse().dockerfile()),
                List.of());
    }

    static List<FoldingRange> of(Dockerfile dockerfile) {
        List<FoldingRange> ranges = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            SourceRange span = Ranges.span(stage);
            add(ranges, span.startLine(), span.endLine(), null);
        }
        for (Instruction instruction : dockerfile.instructions()) {
            add(ranges, instruction.range().startLine(), instruction.range().endLine(), null);
            for (Heredoc heredoc : instruction.syntax().heredocs()) {
                // The body only: the marker line and the terminator stay in sight.
                add(ranges, heredoc.bodyRange().startLine(), heredoc.terminatorRange().startLine() - 1, null);
            }
        }
        comments(dockerfile.comments(), ranges);
        Set<Integer> starts = new HashSet<>();
        return ranges.stream().filter(range -> starts.add(range.getStartLine()))
                .sorted(Comparator.comparingInt(FoldingRange::getStartLine)).toList();
    }

    /** Runs of at least two comments on consecutive lines. */
    private static void comments(List<Comment> comments, List<FoldingRange> ranges) {
        int i = 0;
        while (i < comments.size()) {
            int j = i;
            while (j + 1 < comments.size() && comments.get(j + 1).range().startLine() == comments.get(j).range().startLine() + 1) {
                j++;
            }
            add(ranges, comments.get(i).range().startLine(), comments.get(j).range().startLine(), FoldingRangeKind.Comment);
            i = j + 1;
        }
    }

    /** Adds the range of 1-based lines {@code first..last} if it spans more than one line. */
    private static void add(List<FoldingRange> ranges, int first, int last, String kind) {
        if (last > first) {
            FoldingRange range = new FoldingRange(first - 1, last - 1);
            if (kind != null) {
                range.setKind(kind);
            }
            ranges.add(range);
        }
    }
}
