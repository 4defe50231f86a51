package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.GoStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stage name with upper-case letters ({@code FROM img AS Build}). BuildKit looks names up
 * in lower case, so the fix lower-cases the name and every reference to it: {@code FROM},
 * {@code COPY --from} and {@code RUN --mount=from=}.
 */
public final class StageNameCasing implements Rule {

    private static final RuleMeta META = CheckMetadata.of("StageNameCasing", "style",
            "Stage names should be lowercase", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String name) {
        return "Stage name '" + name + "' should be lowercase";
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction from) {
                List<Word> args = from.syntax().arguments();
                // BuildKit checks the third word of any three-word FROM, before it validates the line
                if (args.size() == 3 && !GoStrings.toLower(args.get(2).text()).equals(args.get(2).text())) {
                    Word name = args.get(2);
                    report(context, from, name);
                }
            }
        }
    }

    private void report(LintContext context, FromInstruction from, Word name) {
        SourceRange where = Locations.within(from, name.range());
        Optional<Fix> fix = fix(context, name);
        if (fix.isPresent()) {
            context.report(this, where, message(name.text()), fix.get());
        } else {
            context.report(this, where, message(name.text()));
        }
    }

    private static Optional<Fix> fix(LintContext context, Word name) {
        String text = context.text();
        if (!Locations.verbatim(name, text)) {
            return Optional.empty();
        }
        String lower = GoStrings.toLower(name.text());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(name.range(), lower));
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof FromInstruction from) {
                from.image().filter(image -> refersTo(image.text(), name.text()) && Locations.verbatim(image, text))
                        .ifPresent(image -> edits.add(new TextEdit(image.range(), lower)));
            } else if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
                Flag flag = copy.from().get();
                flagPart(flag, flag.text().indexOf('=') + 1, flag.text().length(), name.text(), text)
                        .ifPresent(r -> edits.add(new TextEdit(r, lower)));
            } else if (instruction instanceof RunInstruction run) {
                for (Flag mount : run.mounts()) {
                    mountFrom(mount, name.text(), text).ifPresent(r -> edits.add(new TextEdit(r, lower)));
                }
            }
        }
        return Optional.of(new Fix("Use lower case for stage name '" + name.text() + "' and its references", edits));
    }

    /** Whether a reference names the stage: BuildKit compares stage names in lower case. */
    private static boolean refersTo(String reference, String name) {
        return GoStrings.toLower(reference).equals(GoStrings.toLower(name)) && !reference.equals(GoStrings.toLower(name));
    }

    /** The range of {@code flag.text()[start, end)} when it is written as is and names the stage. */
    private static Optional<SourceRange> flagPart(Flag flag, int start, int end, String name, String text) {
        Word word = new Word(flag.text(), flag.range());
        if (!Locations.verbatim(word, text) || !refersTo(flag.text().substring(start, end), name)) {
            return Optional.empty();
        }
        return Optional.of(word.subRange(start, end, text));
    }

    /** The {@code from=} value of a {@code --mount} flag, when it names the stage. */
    private static Optional<SourceRange> mountFrom(Flag mount, String name, String text) {
        int offset = mount.text().indexOf('=') + 1;
        for (String field : mount.valueOrEmpty().split(",", -1)) {
            int eq = field.indexOf('=');
            if (eq > 0 && field.substring(0, eq).equalsIgnoreCase("from")) {
                return flagPart(mount, offset + eq + 1, offset + field.length(), name, text);
            }
            offset += field.length() + 1;
        }
        return Optional.empty();
    }
}
