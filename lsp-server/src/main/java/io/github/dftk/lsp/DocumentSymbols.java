package io.github.dftk.lsp;

import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: the outline. Each stage is a symbol holding its
 * instructions; the instructions before the first FROM stand at the top level, before the stages.
 */
final class DocumentSymbols {

    /** How much of an instruction's text its symbol name shows. */
    static final int NAME_LENGTH = 60;

    private DocumentSymbols() {
    }

    static CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> answer(DocumentStore store,
            DocumentSymbolParams params) {
        return DocumentRequests.on(store, params.getTextDocument().getUri(), document ->
                of(document.parse().dockerfile()).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList(),
                List.of());
    }

    static List<DocumentSymbol> of(Dockerfile dockerfile) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        dockerfile.preamble().forEach(instruction -> symbols.add(instruction(instruction)));
        for (Stage stage : dockerfile.stages()) {
            symbols.add(stage(stage));
        }
        return symbols;
    }

    private static DocumentSymbol stage(Stage stage) {
        DocumentSymbol symbol = new DocumentSymbol(name(stage.from()), SymbolKind.Class, Ranges.of(Ranges.span(stage)),
                Ranges.of(stage.from().stageName().map(Word::range).orElse(stage.from().keyword().range())));
        stage.from().image().ifPresent(image -> symbol.setDetail(image.text()));
        symbol.setChildren(stage.instructions().stream().map(DocumentSymbols::instruction).toList());
        return symbol;
    }

    private static DocumentSymbol instruction(Instruction instruction) {
        return new DocumentSymbol(name(instruction), kind(instruction), Ranges.of(instruction.range()),
                Ranges.of(instruction.keyword().range()));
    }

    private static SymbolKind kind(Instruction instruction) {
        if (instruction instanceof ArgInstruction || instruction instanceof EnvInstruction) {
            return SymbolKind.Variable;
        }
        return instruction instanceof LabelInstruction ? SymbolKind.Property : SymbolKind.Method;
    }

    /** The instruction's logical line, whitespace runs collapsed, cut at {@link #NAME_LENGTH} with an ellipsis. */
    static String name(Instruction instruction) {
        String line = instruction.syntax().original().strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return instruction.keyword().text();
        }
        return line.length() <= NAME_LENGTH ? line : line.substring(0, NAME_LENGTH - 1).stripTrailing() + "…";
    }
}
