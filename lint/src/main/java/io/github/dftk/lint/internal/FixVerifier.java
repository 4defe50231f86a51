package io.github.dftk.lint.internal;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a fix only when it does what it says: the fixed text parses with no more errors than
 * before, has the same instructions with every instruction the edits do not touch unchanged,
 * and the rule reports the fixed instruction fewer times with the finding's message.
 */
public final class FixVerifier {

    private FixVerifier() {
    }

    public static Optional<Fix> verified(Finding finding, Rule rule, LintContext context) {
        if (finding.fix().isEmpty()) {
            return Optional.empty();
        }
        Fix fix = finding.fix().get();
        if (overlapping(fix.edits())) {
            return Optional.empty();
        }
        String fixedText = fix.apply(context.text());
        ParseResult fixed = DockerfileParser.parse(fixedText.getBytes(StandardCharsets.UTF_8),
                ParseOptions.defaults().withSourceName(context.parsed().sourceName()));
        if (errors(fixed) > errors(context.parsed())) {
            return Optional.empty();
        }
        List<Instruction> before = context.dockerfile().instructions();
        List<Instruction> after = fixed.dockerfile().instructions();
        if (before.size() != after.size()) {
            return Optional.empty();
        }
        int target = -1;
        for (int i = 0; i < before.size(); i++) {
            SourceRange range = before.get(i).range();
            boolean touched = fix.edits().stream().anyMatch(e -> intersects(e.range(), range));
            if (range.contains(finding.range().startOffset()) || range.startOffset() == finding.range().startOffset()) {
                target = i;
            }
            if (!touched && !before.get(i).syntax().original().equals(after.get(i).syntax().original())) {
                return Optional.empty();
            }
        }
        LintInput input = context.input();
        LintContext recheck = new LintContext(new LintInput(input.name(), fixedText.getBytes(StandardCharsets.UTF_8),
                input.path(), input.build()), fixed, context.config());
        rule.check(recheck);
        if (target >= 0) {
            // Fewer such findings on the instruction: a rule may report the same thing twice on
            // one instruction (ShellCheck's SC2086 on each unquoted word) and a fix mends one.
            long reported = sameFindings(context, finding, before.get(target).range());
            long left = sameFindings(recheck, finding, after.get(target).range());
            if (left >= reported) {
                return Optional.empty();
            }
        }
        return Optional.of(fix);
    }

    private static long sameFindings(LintContext context, Finding finding, SourceRange instruction) {
        return context.findingsView().stream().filter(f -> f.code().equals(finding.code())
                && f.message().equals(finding.message()) && intersects(f.range(), instruction)).count();
    }

    private static long errors(ParseResult parsed) {
        return parsed.diagnostics().stream().filter(d -> d.isError()).count();
    }

    private static boolean overlapping(List<TextEdit> edits) {
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                SourceRange a = edits.get(i).range();
                SourceRange b = edits.get(j).range();
                if (a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the ranges share a character, or an empty one sits inside the other. */
    private static boolean intersects(SourceRange a, SourceRange b) {
        return a.startOffset() <= b.endOffset() && b.startOffset() <= a.endOffset();
    }
}
