package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.parser.shell.WordResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a FROM or a {@code --from} names: an earlier stage or an image. Unlike hadolint, which
 * skips any image written with a variable, a FROM image is read with its ARG values resolved
 * with the global ARGs as BuildKit expands a FROM ({@code ARG IMAGE=debian:12} + {@code FROM ${IMAGE}} is pinned,
 * {@code ARG TAG=latest} + {@code FROM debian:${TAG}} is {@code latest}).
 */
final class StageRefs {

    private StageRefs() {
    }

    /**
     * The image {@code stage} starts from as BuildKit would pull it: the text as written, or,
     * when it uses variables, its value with the global ARGs; empty when there is none or it
     * does not resolve to a plain reference.
     */
    static Optional<String> baseImage(LintContext context, Stage stage) {
        Optional<String> written = stage.from().image().map(Word::text);
        if (written.isEmpty() || !Words.hasVariable(written.get())) {
            return written;
        }
        WordResult expanded = GlobalArgs.of(context).expand(GlobalArgs.lexer(context), stage.from().image().get());
        String resolved = expanded.value();
        return expanded.error().isPresent() || resolved.isBlank() || Words.hasVariable(resolved) ? Optional.empty()
                : Optional.of(resolved);
    }

    /** Whether {@code name} is the name (any case, as BuildKit compares) or index of a stage before {@code current}. */
    static boolean isEarlierStage(List<Stage> stages, int current, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(current, stages.size()); i++) {
            if (stages.get(i).name().map(lower::equals).orElse(false) || lower.equals(Integer.toString(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The earlier stage {@code stage} is built FROM (its image is that stage's name, in any
     * case), if any: what the stage inherits.
     */
    static Optional<Stage> parent(List<Stage> stages, Stage stage) {
        String base = stage.from().image().map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
        for (int i = stage.index() - 1; i >= 0; i--) {
            if (stages.get(i).name().map(base::equals).orElse(false)) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a {@code --from} value that names no stage is an image reference: it has a tag,
     * a digest or a path. A bare word ({@code --from=build}) is more likely a stage name with a
     * typo, so DL3022 reports it.
     */
    static boolean isImage(String from) {
        return from.contains(":") || from.contains("@") || from.contains("/");
    }
}
