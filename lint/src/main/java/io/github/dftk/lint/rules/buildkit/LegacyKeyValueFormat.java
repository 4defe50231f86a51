package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * ENV or LABEL written {@code KEY value} instead of {@code KEY=value}. The fix puts {@code =}
 * between them, which keeps the meaning when every space of the value is quoted (one word in
 * the {@code KEY=value} form); a value with spaces and no quotes or escapes gets double quotes
 * around it; any other value is left to the author.
 */
public final class LegacyKeyValueFormat implements Rule {

    private static final RuleMeta META = CheckMetadata.of("LegacyKeyValueFormat", "style",
            "Legacy key/value format with whitespace separator should not be used", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String keyword) {
        return "\"" + keyword + " key=value\" should be used instead of legacy \"" + keyword + " key value\" format";
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            for (Instruction instruction : stage.instructions()) {
                List<KeyValue> pairs = instruction instanceof EnvInstruction env ? env.pairs()
                        : instruction instanceof LabelInstruction label ? label.pairs() : List.of();
                for (KeyValue pair : pairs) {
                    if (pair.legacyForm()) {
                        report(context, instruction, pair);
                    }
                }
            }
        }
    }

    private void report(LintContext context, Instruction instruction, KeyValue pair) {
        SourceRange where = Locations.within(instruction, pair.range());
        String message = message(instruction.keyword().text());
        Optional<Fix> fix = fix(context, pair);
        if (fix.isPresent()) {
            context.report(this, where, message, fix.get());
        } else {
            context.report(this, where, message);
        }
    }

    private static Optional<Fix> fix(LintContext context, KeyValue pair) {
        String text = context.text();
        char escape = context.dockerfile().escapeChar();
        String value = pair.value().text();
        if (!Locations.verbatim(pair.key(), text) || !Locations.verbatim(pair.value(), text)
                || pair.value().range().startLine() != pair.value().range().endLine()
                || hasQuoteOrEscape(pair.key().text(), escape)) {
            return Optional.empty();
        }
        SourceRange separator = context.parsed().range(pair.key().range().endOffset(), pair.value().range().startOffset());
        if (!hasUnquotedBlank(value, escape)) {
            return Optional.of(new Fix("Write KEY=value", List.of(new TextEdit(separator, "="))));
        }
        if (hasQuoteOrEscape(value, escape)) {
            return Optional.empty();
        }
        SourceRange end = context.parsed().range(pair.value().range().endOffset(), pair.value().range().endOffset());
        return Optional.of(new Fix("Write KEY=\"value\"",
                List.of(new TextEdit(separator, "=\""), new TextEdit(end, "\""))));
    }

    /** Whether the value has a space or tab outside quotes, where the {@code KEY=value} form would split it (or an unclosed quote). */
    private static boolean hasUnquotedBlank(String value, char escape) {
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == escape && quote != '\'') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ' ' || c == '\t') {
                return true;
            }
        }
        return quote != 0;
    }

    private static boolean hasQuoteOrEscape(String s, char escape) {
        return s.chars().anyMatch(c -> c == '"' || c == '\'' || c == escape);
    }
}
