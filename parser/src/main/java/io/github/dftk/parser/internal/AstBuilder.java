package io.github.dftk.parser.internal;

import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Comment;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Directive;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.Keyword;
import io.github.dftk.ast.Severity;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.grammar.DockerfileLexer;
import io.github.dftk.grammar.HeredocOpener;
import io.github.dftk.grammar.HeredocTerminator;
import io.github.dftk.grammar.Utf16CharStream;
import io.github.dftk.parser.BuildContext;
import io.github.dftk.parser.InstructionSpec;
import io.github.dftk.parser.KeywordRegistry;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.SourceToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns text into the typed AST: directive pre-scan, ANTLR lexing and parsing, then for each
 * instruction BuildKit's line joining, node parsing, heredoc reading and instruction checks.
 */
public final class AstBuilder {

    /** BuildKit reads lines with a 64 KiB scanner; longer lines fail the parse. */
    private static final int MAX_LINE_BYTES = 65_535;

    private final String text;
    private final ParseOptions options;
    private final KeywordRegistry registry;
    private final LineIndex lines;
    private final char escape;
    private final NodeParser nodeParser;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Diagnostic> syntaxErrors = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final DirectiveScanner.Result directives;
    private CommonTokenStream tokens;
    private List<Comment> pending = new ArrayList<>();
    /** The first token not yet looked at for comment lines. */
    private int nextToken;

    private AstBuilder(String text, ParseOptions options) {
        this.text = text;
        this.options = options;
        this.registry = options.registry();
        this.lines = new LineIndex(text);
        this.directives = DirectiveScanner.scan(text);
        this.escape = directives.escape();
        this.nodeParser = new NodeParser(registry::syntaxOf, escape);
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

    private DockerfileLexer lexer(Recognizers recognizers) {
        DockerfileLexer lexer = recognizers.lexer;
        lexer.setInputStream(new Utf16CharStream(text, options.sourceName()));
        lexer.configure(escape, heredocOpener());
        return lexer;
    }

    /**
     * The ANTLR lexer and parser of one thread, reused from parse to parse: constructing
     * recognizers costs more than parsing a small Dockerfile. A nested parse on the same
     * thread gets fresh ones.
     */
    private static final class Recognizers {
        private static final ThreadLocal<Recognizers> CURRENT = ThreadLocal.withInitial(Recognizers::new);

        final DockerfileLexer lexer = new DockerfileLexer(null);
        final TreelessParser parser = new TreelessParser();
        private boolean inUse;

        Recognizers() {
            lexer.removeErrorListeners();
        }

        static Recognizers acquire() {
            Recognizers recognizers = CURRENT.get();
            if (recognizers.inUse) {
                recognizers = new Recognizers();
            }
            recognizers.inUse = true;
            return recognizers;
        }

        /** Drops the references to the last text so a parked thread keeps no document alive. */
        void release() {
            lexer.setInputStream(null);
            parser.finish();
            inUse = false;
        }
    }

    /**
     * The generated parser, run without a parse tree: each instruction is handed to the
     * builder as its rule completes. The grammar accepts every token sequence, so no error
     * recovery is needed (BailErrorStrategy also skips ANTLR's per-loop sync).
     */
    private static final class TreelessParser extends io.github.dftk.grammar.DockerfileParser {
        private AstBuilder builder;

        TreelessParser() {
            super(null);
            removeErrorListeners();
            setBuildParseTree(false);
            setErrorHandler(new BailErrorStrategy());
            getInterpreter().setPredictionMode(PredictionMode.SLL);
        }

        void start(AstBuilder target, CommonTokenStream tokens) {
            builder = target;
            setTokenStream(tokens);
        }

        void finish() {
            builder = null;
            setTokenStream(null);
        }

        @Override
        public void exitRule() {
            ParserRuleContext ctx = _ctx;
            super.exitRule(); // sets ctx.stop
            if (ctx instanceof InstructionContext) {
                builder.instruction(ctx.getStart().getTokenIndex(), ctx.getStop().getTokenIndex());
            }
        }
    }

    private Built run() {
        directives.problem().ifPresent(p -> syntaxError(Diagnostic.error("directive", p.message(),
                lines.range(p.lineStart(), p.lineEnd()))));
        checkLineLengths();
        Recognizers recognizers = Recognizers.acquire();
        try {
            tokens = new CommonTokenStream(lexer(recognizers));
            parse(recognizers.parser);
        } finally {
            recognizers.release();
        }
        if (instructions.isEmpty()) {
            syntaxError(Diagnostic.error("no-instructions", "file with no instructions",
                    lines.range(text.length(), text.length())).withFix("add a FROM instruction"));
        }
        checkStagePreamble();
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.range().startOffset()));
        List<Directive> directiveNodes = directives.directives().stream()
                .map(d -> new Directive(d.name(), d.value(), lines.range(d.lineStart(), d.lineEnd()),
                        lines.range(d.valueStart(), d.valueEnd())))
                .toList();
        Dockerfile dockerfile = new Dockerfile(directiveNodes, instructions, comments, escape,
                lines.range(0, text.length()));
        return new Built(dockerfile, diagnostics, syntaxErrors, this::sourceTokens);
    }

    private void parse(TreelessParser parser) {
        parser.start(this, tokens);
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

    // ---- heredocs while lexing ----

    private HeredocOpener heredocOpener() {
        return raw -> {
            LogicalLine line = LogicalLine.join(raw, 0, raw.length(), escape);
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

    // ---- comments ----

    /** The comment lines between the previous instruction and token {@code end}. */
    private void commentsBefore(int end) {
        for (int i = nextToken; i < end; i++) {
            Token t = tokens.get(i);
            if (t.getType() == DockerfileLexer.COMMENT) {
                comment(t);
            }
        }
        nextToken = end;
    }

    /** A comment line between instructions: kept, and (unless a directive) a candidate PrevComment. */
    private void comment(Token token) {
        int start = token.getStartIndex();
        Comment comment = comment(start, token.getStopIndex() + 1);
        comments.add(comment);
        int end = comment.range().endOffset();
        if (isDirectiveLine(start)) {
            return;
        }
        // BuildKit drops the line's first byte, not the '#': indented comments keep their '#'.
        int lineStart = lines.lineStart(lines.line(start));
        if (lineStart == 0 && text.startsWith("\uFEFF")) {
            lineStart = 1;
        }
        String kept = GoText.trimSpace(text.substring(Math.min(lineStart + 1, end), end));
        if (kept.isEmpty()) {
            pending.clear();
        } else {
            pending.add(new Comment(kept, comment.range()));
        }
    }

    /** A comment token as a node: the text after '#', trimmed; the range without the line break. */
    private Comment comment(int start, int end) {
        while (end > start && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return new Comment(GoText.trimSpace(text.substring(start + 1, end)), lines.range(start, end));
    }

    private boolean isDirectiveLine(int hashOffset) {
        for (DirectiveScanner.Found d : directives.directives()) {
            if (d.lineStart() == hashOffset) {
                return true;
            }
        }
        return false;
    }

    // ---- instructions ----

    private void instruction(int firstToken, int lastToken) {
        commentsBefore(firstToken);
        nextToken = lastToken + 1;
        List<Comment> prevComments = pending;
        pending = new ArrayList<>();
        int start = tokens.get(firstToken).getStartIndex();
        Token last = tokens.get(lastToken);
        int heredocToken = lastToken + 1;
        if (isHeredocToken(last)) {
            heredocToken = firstToken;
            while (!isHeredocToken(tokens.get(heredocToken))) {
                heredocToken++;
            }
        }
        int linesEnd = heredocToken <= lastToken ? tokens.get(heredocToken).getStartIndex() : last.getStopIndex() + 1;
        collectInnerComments(firstToken, heredocToken);
        LogicalLine logical = LogicalLine.join(text, start, linesEnd, escape);
        RawNode node = nodeParser.parse(logical.text());
        List<Diagnostic> found = new ArrayList<>();
        if (node.error().isPresent()) {
            NodeError e = node.error().get();
            syntaxError(Diagnostic.error(e.code(), e.message(), range(logical, e.start(), e.end())));
        }

        List<Heredoc> heredocs = List.of();
        if (node.error().isEmpty() && NodeParser.canContainHeredoc(node)) {
            Heredocs.Found markers = Heredocs.fromLine(logical.text());
            if (markers.error().isPresent()) {
                syntaxError(Diagnostic.error("heredoc", markers.error().get(),
                        range(logical, 0, logical.text().length())));
            } else if (!markers.markers().isEmpty()) {
                heredocs = heredocs(logical, markers.markers(), heredocBodies(heredocToken, lastToken));
            }
        }

        int end = last.getStopIndex() + 1;
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        end = Math.max(end, start);
        SourceRange range = lines.range(start, end);
        List<SourceRange> emptyLines = new ArrayList<>(logical.emptyLines().size());
        for (int[] empty : logical.emptyLines()) {
            emptyLines.add(lines.range(empty[0], empty[1]));
        }
        if (!emptyLines.isEmpty()) {
            diagnostics.add(Diagnostic.warning("empty-continuation", "Empty continuation line found in: " + logical.text(),
                    emptyLines.get(emptyLines.size() - 1))
                    .withReason("Empty continuation lines will become errors in a future release")
                    .withFix("remove the empty line, or put a comment on it"));
        }
        InstructionSyntax syntax = syntax(node, logical, range, prevComments, heredocs, emptyLines);
        // After a syntax error BuildKit stops before its instruction checks: report none for this line.
        Instruction instruction = typed(syntax, new Context(node.error().isEmpty() ? found : new ArrayList<>(), false));
        instructions.add(instruction);
        diagnostics.addAll(found);
    }

    private InstructionSyntax syntax(RawNode node, LogicalLine logical, SourceRange range, List<Comment> prevComments,
            List<Heredoc> heredocs, List<SourceRange> emptyLines) {
        Keyword keyword = new Keyword(node.command().text(), range(logical, node.command().start(), node.command().end()));
        List<Flag> flags = new ArrayList<>(node.flags().size());
        for (int i = 0; i < node.flags().size(); i++) {
            RawWord f = node.flags().get(i);
            flags.add(Flag.of(f.text(), range(logical, f.start(), f.end())));
        }
        int rs = node.restStart();
        int re = node.restEnd();
        String restText = null;
        List<Word> args = new ArrayList<>(node.args().size());
        for (int i = 0; i < node.args().size(); i++) {
            RawWord a = node.args().get(i);
            args.add(new Word(a.text(), range(logical, a.start(), a.end())));
            // Shell form: the argument is the rest, verbatim; share the string.
            if (a.start() == rs && a.end() == re && a.text().length() == re - rs
                    && logical.text().regionMatches(rs, a.text(), 0, re - rs)) {
                restText = a.text();
            }
        }
        if (restText == null) {
            restText = logical.text().substring(rs, re);
        }
        Word rest = new Word(restText, range(logical, rs, re));
        Optional<InstructionSyntax> nested = Optional.empty();
        if (node.child().isPresent()) {
            RawNode child = node.child().get();
            SourceRange childRange = lines.range(logical.sourceOffset(child.command().start()), range.endOffset());
            nested = Optional.of(syntax(child, logical, childRange, List.of(), heredocs, List.of()));
        }
        return new InstructionSyntax(range, keyword, flags, args, node.json(), rest, logical.text(), prevComments,
                heredocs, nested, emptyLines);
    }

    private static boolean isHeredocToken(Token token) {
        int type = token.getType();
        return type == DockerfileLexer.HEREDOC_LINE || type == DockerfileLexer.HEREDOC_END;
    }

    /** Heredoc bodies read after an instruction: [first token, terminator token or -1 when unterminated]. */
    private List<int[]> heredocBodies(int from, int to) {
        List<int[]> bodies = new ArrayList<>(1);
        int bodyStart = from;
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).getType() == DockerfileLexer.HEREDOC_END) {
                bodies.add(new int[] {bodyStart, i});
                bodyStart = i + 1;
            }
        }
        if (bodyStart <= to) {
            bodies.add(new int[] {bodyStart, -1, to});
        }
        return bodies;
    }

    private List<Heredoc> heredocs(LogicalLine logical, List<Heredocs.Marker> markers, List<int[]> bodies) {
        List<Heredoc> out = new ArrayList<>(markers.size());
        int searchFrom = 0;
        for (int i = 0; i < markers.size(); i++) {
            Heredocs.Marker marker = markers.get(i);
            int at = logical.text().indexOf(marker.word(), searchFrom);
            SourceRange markerRange;
            if (at >= 0) {
                markerRange = range(logical, at, at + marker.word().length());
                searchFrom = at + marker.word().length();
            } else {
                markerRange = range(logical, 0, 0);
            }
            int[] body = i < bodies.size() ? bodies.get(i) : null;
            int bodyStart;
            int bodyEnd;
            SourceRange terminatorRange;
            if (body != null && body[1] >= 0) {
                Token end = tokens.get(body[1]);
                bodyStart = body[0] < body[1] ? tokens.get(body[0]).getStartIndex() : end.getStartIndex();
                bodyEnd = end.getStartIndex();
                int terminatorEnd = end.getStopIndex() + 1;
                while (terminatorEnd > end.getStartIndex()
                        && (text.charAt(terminatorEnd - 1) == '\n' || text.charAt(terminatorEnd - 1) == '\r')) {
                    terminatorEnd--;
                }
                terminatorRange = lines.range(end.getStartIndex(), terminatorEnd);
            } else {
                if (body != null) {
                    bodyStart = tokens.get(body[0]).getStartIndex();
                    bodyEnd = tokens.get(body[2]).getStopIndex() + 1;
                } else {
                    bodyStart = text.length();
                    bodyEnd = text.length();
                }
                terminatorRange = lines.range(bodyEnd, bodyEnd);
                if (body != null || i == bodies.size()) {
                    syntaxError(Diagnostic.error("unterminated-heredoc", "unterminated heredoc", markerRange)
                            .withReason("the file ends before a line reading exactly " + marker.name())
                            .withFix("add a line " + marker.name() + " after the heredoc body"));
                }
            }
            out.add(new Heredoc(marker.name(), marker.fileDescriptor(), marker.expand(), marker.chomp(),
                    text.substring(bodyStart, bodyEnd), markerRange, lines.range(bodyStart, bodyEnd), terminatorRange));
        }
        return out;
    }

    private Instruction typed(InstructionSyntax syntax, Context context) {
        Optional<InstructionSpec> spec = registry.lookup(syntax.keyword().name());
        if (spec.isPresent()) {
            return spec.get().factory().build(syntax, context);
        }
        Optional<String> suggestion = Suggestion.closest(syntax.keyword().text(), registry.upperCaseNames());
        Diagnostic unknown = Diagnostic.error("unknown-instruction", "unknown instruction: " + syntax.keyword().text(),
                syntax.keyword().range());
        context.report(suggestion.isPresent()
                ? unknown.withReason("did you mean " + suggestion.get() + "?").withFix("write " + suggestion.get())
                : unknown.withReason("BuildKit rejects instructions it does not know")
                        .withFix("use an instruction from the Dockerfile reference"));
        return new UnknownInstruction(syntax, suggestion);
    }

    /**
     * What factories see while building one instruction. Inside ONBUILD, problems are
     * warnings: BuildKit checks a trigger only when a build based on this image runs it.
     */
    private final class Context implements BuildContext {
        private final List<Diagnostic> sink;
        private final boolean trigger;

        Context(List<Diagnostic> sink, boolean trigger) {
            this.sink = sink;
            this.trigger = trigger;
        }

        @Override
        public void report(Diagnostic diagnostic) {
            if (trigger && diagnostic.isError()) {
                diagnostic = new Diagnostic(diagnostic.code(), Severity.WARNING, "ONBUILD trigger: " + diagnostic.message(),
                        Optional.of("BuildKit checks a trigger only when a build FROM this image runs it"),
                        diagnostic.fix(), diagnostic.range());
            }
            sink.add(diagnostic);
        }

        @Override
        public SourceRange subRange(Word word, int from, int to) {
            return word.subRange(from, to, text);
        }

        @Override
        public Instruction build(InstructionSyntax nested) {
            return typed(nested, new Context(sink, true));
        }

        @Override
        public KeywordRegistry registry() {
            return registry;
        }
    }

    // ---- whole-file checks ----

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
            int chars = end - start;
            if (chars * 3 > MAX_LINE_BYTES && SourceText.utf8Length(text, start, end) > MAX_LINE_BYTES) {
                syntaxError(Diagnostic.error("line-too-long",
                        "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES, lines.range(start, start))
                        .withReason("BuildKit reads at most 65535 bytes per line")
                        .withFix("split the line with line continuations"));
                return;
            }
        }
    }

    // ---- helpers ----

    private void syntaxError(Diagnostic d) {
        syntaxErrors.add(d);
        diagnostics.add(d);
    }

    private SourceRange range(LogicalLine logical, int start, int end) {
        int s = logical.sourceOffset(start);
        int e = end == start ? s : logical.sourceEnd(end);
        return lines.range(s, Math.max(s, e));
    }

    /** Comment lines inside a continuation belong to the file's comments (not to PrevComment). */
    private void collectInnerComments(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.getType() == DockerfileLexer.COMMENT) {
                comments.add(comment(t.getStartIndex(), t.getStopIndex() + 1));
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
