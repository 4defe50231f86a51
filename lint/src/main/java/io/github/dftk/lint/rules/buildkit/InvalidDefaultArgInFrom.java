package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.source.ImageReferences;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.analysis.GlobalArgs;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordResult;

/**
 * A FROM image that, with the global ARGs' defaults alone (build-arg values ignored), is empty
 * or not a valid image reference ({@code ARG TAG} then {@code FROM alpine:$TAG}): the file then
 * builds only when the right {@code --build-arg} is given. As in BuildKit, nothing is checked
 * when a default or an image fails to expand (the build reports that).
 */
public final class InvalidDefaultArgInFrom implements Rule {

    private static final RuleMeta META = CheckMetadata.of("InvalidDefaultArgInFrom", "correctness",
            "Default value for global ARG results in an empty or invalid base image name", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String image) {
        return "Default value for ARG " + image + " results in empty or invalid base image name";
    }

    @Override
    public void check(LintContext context) {
        GlobalArgs defaults = GlobalArgs.defaultsOf(context);
        if (defaults.failed()) {
            return;
        }
        ShellLexer lexer = GlobalArgs.lexer(context);
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.from().image().isEmpty()) {
                continue;
            }
            Word image = stage.from().image().get();
            WordResult result = defaults.expand(lexer, image);
            if (result.error().isPresent()) {
                return;
            }
            if (!ImageReferences.isValid(result.value())) {
                context.report(this, Locations.within(stage.from(), image.range()), message(image.text()));
            }
        }
    }
}
