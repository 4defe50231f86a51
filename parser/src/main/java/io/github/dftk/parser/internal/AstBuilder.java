package io.github.dftk.parser.internal;

import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Directive;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.grammar.DockerfileLexer;
import io.github.dftk.grammar.HeredocOpener;
import io.github.dftk.grammar.HeredocTerminator;
import io.github.dftk.grammar.Utf16CharStream;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.SourceToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns text into the typed AST: directive pre-scan, ANTLR lexing and parsing, then for each
 * instruction as the parser completes it: comments before it, BuildKit's reading of its lines
 * ({@link InstructionReader}) and its typed record ({@link InstructionTyping}); finally the
 * whole-file checks.
 */
public final class AstBuilder {

    /** BuildKit reads lines with a 64 KiB scanner; longer lines fail the parse. */
    private static final int MAX_LINE_BYTES = 65_535;

    private final String text;
    private final ParseOptions options;
    private final LineIndex lines;
    private final DirectiveScanner.Result directives;
    private final NodeParser nodeParser;
    private final Diagnostics diagnostics = new Diagnostics();
    private final CommentLines comments;
    private final InstructionTyping typing;
    private final List<Instruction> instructions = new ArrayList<>();
    private CommonTokenStream tokens;
    private InstructionReader reader;
    /** The first token not yet looked at for comment lines. */
    private int nextToken;

    private AstBuilder(String text, ParseOptions options) {
        this.text = text;
        this.options = options;
        this.lines = new LineIndex(text);
        this.directives = DirectiveScanner.scan(text);
        this.nodeParser = new NodeParser(options.registry()::syntaxOf, directives.escape());
        this.comments = new CommentLines(text, lines, directives.directives());
        this.typing = new InstructionTyping(text, options.registry());
    }

    /** What parsing produced, before it is wrapped as a {@code ParseResult}. */
    public record Built(Dockerfile dockerfile, List<Diagnostic> diagnostics, List<Diagnostic> syntaxErrors,
            Supplier<List<SourceToken>> tokens) {
    }

    public static Built build(String text, ParseOptions options) {
        return new AstBuilder(text, options).run();
    }

    /** Lexing only: the directive pre-scan and the lexer (heredoc bodies included), no parser, no AST. */
    public static List<SourceToken> tokenize(String text, ParseOptions options) {
        AstBuilder builder = new AstBuilder(text, options);
        Recognizers recognizers = Recognizers.acquire();
        try {
            builder.tokens = new CommonTokenStream(builder.lexer(recognizers));
            builder.tokens.fill();
        } finally {
            recognizers.release();
        }
        return builder.sourceTokens();
    }

    private Built run() {
        directives.problem().ifPresent(p -> diagnostics.syntaxError(Diagnostic.error("directive", p.message(),
                lines.range(p.lineStart(), p.lineEnd()))));
        checkLineLengths();
        Recognizers recognizers = Recognizers.acquire();
        try {
            tokens = new CommonTokenStream(lexer(recognizers));
            reader = new InstructionReader(text, lines, directives.escape(), nodeParser, tokens, comments, diagnostics);
            parse(recognizers.parser);
        } finally {
            recognizers.release();
        }
        if (instructions.isEmpty()) {
            diagnostics.syntaxError(Diagnostic.error("no-instructions", "file with no instructions",
                    lines.range(text.length(), text.length())).withFix("add a FROM instruction"));
        }
        checkStagePreamble();
        List<Directive> directiveNodes = new ArrayList<>(directives.directives().size());
        for (DirectiveScanner.Found d : directives.directives()) {
            directiveNodes.add(new Directive(d.name(), d.value(), lines.range(d.lineStart(), d.lineEnd()),
                    lines.range(d.valueStart(), d.valueEnd())));
        }
        Dockerfile dockerfile = new Dockerfile(directiveNodes, instructions, comments.all(), directives.escape(),
                lines.range(0, text.length()));
        return new Built(dockerfile, diagnostics.sorted(), diagnostics.syntaxErrors(), this::sourceTokens);
    }

    private DockerfileLexer lexer(Recognizers recognizers) {
        DockerfileLexer lexer = recognizers.lexer;
        lexer.setInputStream(new Utf16CharStream(text, options.sourceName()));
        lexer.configure(directives.escape(), heredocOpener());
        return lexer;
    }

    private void parse(Recognizers.TreelessParser parser) {
        parser.start(this::instruction, tokens);
        try {
            parser.dockerfile();
            commentsBefore(tokens.size());
        } catch (ParseCancellationException e) {
            // Unreachable while the grammar accepts every token sequence; a dftk bug, reported, not thrown.
            Token at = tokens.LT(1);
            int offset = at == null ? text.length() : Math.max(0, Math.min(at.getStartIndex(), text.length()));
            diagnostics.add(Diagnostic.error("internal", "internal parser error: unexpected token structure",
                    lines.range(offset, offset)).withReason("the rest of the file was not parsed")
                    .withFix("please report this file to the dftk maintainers"));
        }
    }

    private void instruction(int firstToken, int lastToken) {
        commentsBefore(firstToken);
        nextToken = lastToken + 1;
        InstructionReader.Read read = reader.read(firstToken, lastToken, comments.takePrevious());
        // After a syntax error BuildKit stops before its instruction checks: none are reported for it.
        List<Diagnostic> found = new ArrayList<>(0);
        instructions.add(typing.type(read.syntax(), read.syntaxError() ? new ArrayList<>(0) : found));
        diagnostics.addAll(found);
    }

    /** The comment lines (hidden tokens) between the previous instruction and token {@code end}. */
    private void commentsBefore(int end) {
        for (int i = nextToken; i < end; i++) {
            Token t = tokens.get(i);
            if (t.getType() == DockerfileLexer.COMMENT) {
                comments.betweenInstructions(t.getStartIndex(), t.getStopIndex() + 1);
            }
        }
        nextToken = end;
    }

    /** Which heredocs an instruction opens, asked by the lexer at the end of its line. */
    private HeredocOpener heredocOpener() {
        return raw -> {
            LogicalLine line = LogicalLine.join(raw, 0, raw.length(), directives.escape());
            RawNode node = nodeParser.parse(line.text());
            if (node.error().isPresent() || !NodeParser.canContainHeredoc(node)) {
                return List.of();
            }
            Heredocs.Found found = Heredocs.fromLine(line.text());
            List<HeredocTerminator> terminators = new ArrayList<>(found.markers().size());
            for (Heredocs.Marker m : found.markers()) {
                terminators.add(new HeredocTerminator(m.name(), m.chomp()));
            }
            return terminators;
        };
    }

    /** BuildKit's {@code no build stage in current context}: only ARG may precede the first FROM. */
    private void checkStagePreamble() {
        for (Instruction instruction : instructions) {
            if (instruction instanceof FromInstruction) {
                return;
            }
            if (!(instruction instanceof ArgInstruction) && !(instruction instanceof UnknownInstruction)) {
                diagnostics.add(Diagnostic.error("no-stage", "no build stage in current context",
                        instruction.keyword().range())
                        .withReason("only ARG may come before the first FROM")
                        .withFix("move this instruction after a FROM"));
                return;
            }
        }
    }

    private void checkLineLengths() {
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length();
            if ((end - start) * 3 > MAX_LINE_BYTES && GoStrings.byteLength(text, start, end) > MAX_LINE_BYTES) {
                diagnostics.syntaxError(Diagnostic.error("line-too-long",
                        "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES, lines.range(start, start))
                        .withReason("BuildKit reads at most 65535 bytes per line")
                        .withFix("split the line with line continuations"));
                return;
            }
        }
    }

    private List<SourceToken> sourceTokens() {
        List<SourceToken> out = new ArrayList<>(tokens.size());
        for (Token t : tokens.getTokens()) {
            if (t.getType() == Token.EOF) {
                continue;
            }
            int s = t.getStartIndex();
            int e = t.getStopIndex() + 1;
            out.add(new SourceToken(kind(t.getType()), text.substring(s, e), lines.range(s, e)));
        }
        return out;
    }

    private static SourceToken.Kind kind(int type) {
        return switch (type) {
            case DockerfileLexer.BOM -> SourceToken.Kind.BOM;
            case DockerfileLexer.WS -> SourceToken.Kind.WHITESPACE;
            case DockerfileLexer.COMMENT -> SourceToken.Kind.COMMENT;
            case DockerfileLexer.NEWLINE -> SourceToken.Kind.NEWLINE;
            case DockerfileLexer.LINE_CONTINUATION -> SourceToken.Kind.LINE_CONTINUATION;
            case DockerfileLexer.LINE_END_TEXT -> SourceToken.Kind.LINE_END_TEXT;
            case DockerfileLexer.HEREDOC_LINE -> SourceToken.Kind.HEREDOC_LINE;
            case DockerfileLexer.HEREDOC_END -> SourceToken.Kind.HEREDOC_END;
            default -> SourceToken.Kind.TEXT;
        };
    }
}
