package io.github.dftk.lsp;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.Pragma;
import io.github.dftk.lint.Pragmas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The code actions feature: for each finding in the requested range, its fix (when it has one)
 * and "ignore this code for this instruction" as quick fixes. Diagnostics are linted without
 * fixes, for speed; fixes are verified here, only for the document a client asks about.
 */
public final class CodeActions {

    /** The codes of an ignore pragma, whichever its origin; new codes go after the last one. */
    private static final Pattern IGNORE_CODES = Pattern.compile("ignore[ \\t]*=[ \\t]*[A-Za-z0-9]+(?:[ \\t]*,[ \\t]*[A-Za-z0-9]+)*");
    private static final String HADOLINT_CODE_CHARS = "DLSC0123456789";

    private final DocumentStore store;
    private final Supplier<Linter> linter;

    /** @param linter a linter with fixes (and the diagnostics' configuration) */
    public CodeActions(DocumentStore store, Supplier<Linter> linter) {
        this.store = store;
        this.linter = linter;
    }

    /** The quick fixes for the findings intersecting the requested range; none for an unknown document. */
    public List<CodeAction> actions(CodeActionParams params) {
        Optional<OpenDocument> open = store.get(params.getTextDocument().getUri());
        if (open.isEmpty()) {
            return List.of();
        }
        OpenDocument document = open.get();
        LintResult result = linter.get().lint(DiagnosticsPublisher.input(document));
        int from = document.offset(params.getRange().getStart());
        int to = document.offset(params.getRange().getEnd());
        List<CodeAction> fixes = new ArrayList<>();
        Map<String, CodeAction> ignores = new LinkedHashMap<>(); // one per code and instruction
        List<Pragma.Ignore> pragmas = Pragmas.read(result.parsed().dockerfile()).all().stream()
                .filter(p -> p instanceof Pragma.Ignore ignore && ignore.scope() == Pragma.Scope.NEXT_INSTRUCTION)
                .map(Pragma.Ignore.class::cast).toList();
        for (Finding finding : result.findings()) {
            Optional<Diagnostic> diagnostic = FindingDiagnostics.of(finding);
            if (diagnostic.isEmpty() || finding.range().startOffset() > to || finding.range().endOffset() < from) {
                continue;
            }
            finding.fix().ifPresent(fix -> fixes.add(action(fix.title(), diagnostic.get(), document, edits(fix))));
            instructionOf(result, finding).ifPresent(instruction -> ignores.merge(
                    finding.code() + "@" + instruction.range().startOffset(),
                    action("Ignore " + finding.code() + " for this instruction", diagnostic.get(), document,
                            ignoreEdits(pragmas, document.text(), instruction, finding.code())),
                    (first, next) -> {
                        first.getDiagnostics().addAll(next.getDiagnostics());
                        return first;
                    }));
        }
        fixes.addAll(ignores.values());
        return fixes;
    }

    private static CodeAction action(String title, Diagnostic diagnostic, OpenDocument document, List<TextEdit> edits) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(new ArrayList<>(List.of(diagnostic)));
        action.setEdit(new WorkspaceEdit(Map.of(document.uri(), edits)));
        return action;
    }

    private static List<TextEdit> edits(Fix fix) {
        return fix.edits().stream()
                .map(edit -> new TextEdit(Ranges.of(edit.range()), edit.newText())).toList();
    }

    /** The instruction a finding belongs to, which its ignore pragma must precede. */
    private static Optional<Instruction> instructionOf(LintResult result, Finding finding) {
        int offset = finding.range().startOffset();
        return result.parsed().dockerfile().instructions().stream()
                .filter(i -> i.range().startOffset() <= offset && offset <= i.range().endOffset()).findFirst();
    }

    /**
     * Adds {@code code} to the ignore pragma right above the instruction, or writes one there.
     * Only the lowest of stacked pragmas counts, so a new line would disable the one above:
     * extending it is the only correct edit. A BuildKit check name needs a {@code # dftk} pragma,
     * since hadolint's accept only its own codes; a {@code # dftk} pragma takes both.
     */
    private static List<TextEdit> ignoreEdits(List<Pragma.Ignore> pragmas, String text, Instruction instruction,
            String code) {
        boolean hadolintCode = code.chars().allMatch(c -> HADOLINT_CODE_CHARS.indexOf(c) >= 0);
        SourceRange at = instruction.range();
        Optional<Pragma.Ignore> above = pragmas.stream()
                .filter(ignore -> ignore.comment().range().startLine() == at.startLine() - 1).findFirst();
        if (above.isPresent()) {
            SourceRange comment = above.get().comment().range();
            String line = text.substring(comment.startOffset(), comment.endOffset());
            Matcher codes = IGNORE_CODES.matcher(line);
            if (codes.find()) {
                List<TextEdit> edits = new ArrayList<>();
                if (!hadolintCode && above.get().origin() == Pragma.Origin.HADOLINT) {
                    int word = line.indexOf("hadolint");
                    edits.add(new TextEdit(range(comment, line, word, word + "hadolint".length()), "dftk"));
                }
                edits.add(new TextEdit(range(comment, line, codes.end(), codes.end()), "," + code));
                return edits;
            }
        }
        int lineStart = at.startOffset() - (at.startColumn() - 1);
        String indent = text.substring(lineStart, at.startOffset());
        if (!indent.isBlank()) {
            indent = "";
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        Position start = new Position(at.startLine() - 1, 0);
        return List.of(new TextEdit(new Range(start, start),
                indent + "# " + (hadolintCode ? "hadolint" : "dftk") + " ignore=" + code + newline));
    }

    /** The LSP range of {@code [from, to)} in the comment's line (a comment is one line). */
    private static Range range(SourceRange comment, String line, int from, int to) {
        int column = comment.startColumn() - 1;
        return new Range(new Position(comment.startLine() - 1, column + from),
                new Position(comment.startLine() - 1, column + to));
    }
}
