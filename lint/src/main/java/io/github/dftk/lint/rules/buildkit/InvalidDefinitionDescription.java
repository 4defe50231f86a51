package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Comment;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * Experimental. The comment directly above an ARG or a named stage is read as its description
 * ({@code # version the release to build}); its last line must start with the ARG's key (one of
 * them) or the stage's name. An empty {@code #} line between makes the comment an ordinary one;
 * a blank line does not (BuildKit keeps the comments above an instruction across blank lines).
 */
public final class InvalidDefinitionDescription implements Rule {

    private static final RuleMeta META = CheckMetadata.experimental("InvalidDefinitionDescription", "style",
            "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. "
                    + "If this is not intended to be a description comment, add an empty line or comment between the "
                    + "instruction and the comment.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String instruction, String name) {
        return "Comment for " + instruction + " should follow the format: `# " + name + " <description>`";
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            StageName.of(stage).ifPresent(name -> check(context, stage.from(), "FROM", List.of(name.lowerCase())));
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof ArgInstruction arg) {
                check(context, arg, "ARG", arg.declarations().stream().map(d -> d.name().text()).toList());
            }
        }
    }

    private void check(LintContext context, Instruction instruction, String keyword, List<String> names) {
        List<Comment> comments = instruction.syntax().comments();
        if (comments.isEmpty() || names.isEmpty()) {
            return;
        }
        String firstWord = comments.get(comments.size() - 1).text().split(" ", -1)[0];
        if (!names.contains(firstWord)) {
            context.report(this, instruction.range(), message(keyword, names.size() == 1 ? names.get(0) : "<arg_key>"));
        }
    }
}
