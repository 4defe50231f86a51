package io.github.dftk.parser.internal;

import io.github.dftk.ast.Comment;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.Keyword;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.grammar.DockerfileLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Reads one instruction from its tokens as BuildKit does: joins its lines, splits keyword,
 * flags and arguments, reads its heredoc bodies, and maps every word back to its source
 * range. BuildKit's parser errors go to the diagnostics as syntax errors.
 */
final class InstructionReader {

    /** One instruction's syntax, and whether BuildKit's parser would have stopped at it. */
    record Read(InstructionSyntax syntax, boolean syntaxError) {
    }

    private final String text;
    private final LineIndex lines;
    private final char escape;
    private final NodeParser nodeParser;
    private final CommonTokenStream tokens;
    private final CommentLines comments;
    private final Diagnostics diagnostics;

    InstructionReader(String text, LineIndex lines, char escape, NodeParser nodeParser, CommonTokenStream tokens,
            CommentLines comments, Diagnostics diagnostics) {
        this.text = text;
        this.lines = lines;
        this.escape = escape;
        this.nodeParser = nodeParser;
        this.tokens = tokens;
        this.comments = comments;
        this.diagnostics = diagnostics;
    }

    Read read(int firstToken, int lastToken, List<Comment> prevComments) {
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
        for (int i = firstToken; i < heredocToken; i++) {
            Token t = tokens.get(i);
            if (t.getType() == DockerfileLexer.COMMENT) {
                comments.insideInstruction(t.getStartIndex(), t.getStopIndex() + 1);
            }
        }
        LogicalLine logical = LogicalLine.join(text, start, linesEnd, escape);
        RawNode node = nodeParser.parse(logical.text());
        if (node.error().isPresent()) {
            NodeError e = node.error().get();
            diagnostics.syntaxError(Diagnostic.error(e.code(), e.message(), range(logical, e.start(), e.end())));
        }
        List<Heredoc> heredocs = List.of();
        if (node.error().isEmpty() && NodeParser.canContainHeredoc(node)) {
            Heredocs.Found markers = Heredocs.fromLine(logical.text());
            if (markers.error().isPresent()) {
                diagnostics.syntaxError(Diagnostic.error("heredoc", markers.error().get(),
                        range(logical, 0, logical.text().length())));
            } else if (!markers.markers().isEmpty()) {
                heredocs = heredocs(logical, markers.markers(), heredocBodies(heredocToken, lastToken));
            }
        }
        int end = last.getStopIndex() + 1;
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        SourceRange range = lines.range(start, Math.max(end, start));
        List<SourceRange> emptyLines = emptyLines(logical);
        InstructionSyntax syntax = syntax(node, logical, range, prevComments, heredocs, emptyLines);
        return new Read(syntax, node.error().isPresent());
    }

    /** BuildKit warns about empty lines inside a continuation (NoEmptyContinuation). */
    private List<SourceRange> emptyLines(LogicalLine logical) {
        if (logical.emptyLines().isEmpty()) {
            return List.of();
        }
        List<SourceRange> ranges = new ArrayList<>(logical.emptyLines().size());
        for (int[] empty : logical.emptyLines()) {
            ranges.add(lines.range(empty[0], empty[1]));
        }
        diagnostics.add(Diagnostic.warning("empty-continuation", "Empty continuation line found in: " + logical.text(),
                ranges.get(ranges.size() - 1))
                .withReason("Empty continuation lines will become errors in a future release")
                .withFix("remove the empty line, or put a comment on it"));
        return ranges;
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

    /** Heredoc bodies after an instruction: {first token, terminator token} or {first, -1, last} when cut off. */
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
                    diagnostics.syntaxError(Diagnostic.error("unterminated-heredoc", "unterminated heredoc", markerRange)
                            .withReason("the file ends before a line reading exactly " + marker.name())
                            .withFix("add a line " + marker.name() + " after the heredoc body"));
                }
            }
            out.add(new Heredoc(marker.name(), marker.fileDescriptor(), marker.expand(), marker.chomp(),
                    text.substring(bodyStart, bodyEnd), markerRange, lines.range(bodyStart, bodyEnd), terminatorRange));
        }
        return out;
    }

    private SourceRange range(LogicalLine logical, int start, int end) {
        int s = logical.sourceOffset(start);
        int e = end == start ? s : logical.sourceEnd(end);
        return lines.range(s, Math.max(s, e));
    }
}
