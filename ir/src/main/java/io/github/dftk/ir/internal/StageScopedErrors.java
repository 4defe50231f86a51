package io.github.dftk.ir.internal;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Severity;
import io.github.dftk.ast.Stage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit checks some things only while building a stage (the checks of its
 * dispatch phase), so a stage the target does not need cannot fail the build with them.
 * dftk lowers every stage to show it; such errors in a stage that is not built become
 * warnings that say so.
 */
final class StageScopedErrors {

    /** Codes of errors BuildKit finds only in the stages it builds. */
    private static final Set<String> DISPATCH_CODES = Set.of("bad-chmod", "bad-checksum", "bad-source",
            "copy-order", "stage-order", "bad-image");

    private StageScopedErrors() {
    }

    static List<Diagnostic> soften(List<Diagnostic> diagnostics, List<Stage> stages, BitSet needed, int target) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            int stage = stageAt(stages, d.range().startOffset());
            if (d.isError() && DISPATCH_CODES.contains(d.code()) && stage >= 0 && !needed.get(stage)) {
                String name = stages.get(stage).name().orElse("stage-" + stage);
                d = new Diagnostic(d.code(), Severity.WARNING, d.message(), d.reason(), d.fix(), d.range())
                        .withReason("stage " + name + " is not built for the target, so the build does not fail");
            }
            out.add(d);
        }
        return out;
    }

    /** The stage whose text holds {@code offset}; -1 before the first FROM. */
    private static int stageAt(List<Stage> stages, int offset) {
        int stage = -1;
        for (Stage s : stages) {
            if (s.from().range().startOffset() > offset) {
                break;
            }
            stage = s.index();
        }
        return stage;
    }
}
