package io.github.dftk.parser.shell;

import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.internal.LineIndex;
import io.github.dftk.parser.internal.LogicalLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where each offset of a script lies in the Dockerfile. BuildKit hands the shell the
 * instruction text after the keyword and flags with line continuations and comment lines
 * removed (and, for RUN with here-documents, the bodies appended): a script is made of pieces,
 * each copied verbatim from one place of the Dockerfile.
 */
public final class ScriptPositions {

    /** {@code [scriptStart, scriptStart + length)} of the script was copied from {@code sourceStart}. */
    private record Piece(int scriptStart, int length, LogicalLine joined, int sourceStart) {

        int sourceOffset(int offset, boolean end) {
            int local = offset - scriptStart;
            if (joined != null) {
                return end ? joined.sourceEnd(local) : joined.sourceOffset(local);
            }
            return sourceStart + local;
        }
    }

    private final Supplier<List<Piece>> layout;
    private volatile List<Piece> pieces;
    private final RangeFactory ranges;

    @FunctionalInterface
    private interface RangeFactory {
        SourceRange range(int start, int end);
    }

    /** The layout is computed on first use: most scripts never have a range asked for. */
    private ScriptPositions(Supplier<List<Piece>> layout, RangeFactory ranges) {
        this.layout = layout;
        this.ranges = ranges;
    }

    /** Positions in the script itself (line 1 is the script's first line). */
    public static ScriptPositions ofScript(String script) {
        return new ScriptPositions(() -> List.of(new Piece(0, script.length(), null, 0)), new ScriptLines(script));
    }

    /** Lines and columns of the script itself, its line table built when the first range is asked for. */
    private static final class ScriptLines implements RangeFactory {
        private final String script;
        private LineIndex lines;

        ScriptLines(String script) {
            this.script = script;
        }

        @Override
        public SourceRange range(int start, int end) {
            if (lines == null) {
                lines = new LineIndex(script);
            }
            return lines.range(start, end);
        }
    }

    /**
     * The script of a shell-form command ({@code RUN}, {@code CMD}, {@code ENTRYPOINT},
     * {@code HEALTHCHECK CMD}, with or without {@code ONBUILD}).
     */
    public static ScriptPositions of(ParseResult parsed, Word script) {
        return new ScriptPositions(() -> List.of(line(parsed, script, 0)), parsed::range);
    }

    /** The body of a here-document, run as a script on its own ({@code RUN <<EOF}). */
    public static ScriptPositions of(ParseResult parsed, Heredoc heredoc) {
        return new ScriptPositions(() -> List.of(body(heredoc, 0)), parsed::range);
    }

    /**
     * A shell-form command line followed by its here-documents, as BuildKit joins them:
     * the line, a newline, then each body and its terminator line.
     */
    static ScriptPositions of(ParseResult parsed, Word line, List<Heredoc> heredocs) {
        return new ScriptPositions(() -> pieces(parsed, line, heredocs), parsed::range);
    }

    private static List<Piece> pieces(ParseResult parsed, Word line, List<Heredoc> heredocs) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(line(parsed, line, 0));
        int offset = line.text().length();
        for (Heredoc heredoc : heredocs) {
            // The newline ending the line before the body; the source newline precedes bodyRange.
            pieces.add(new Piece(offset, 1, null, Math.max(0, heredoc.bodyRange().startOffset() - 1)));
            offset++;
            Piece body = body(heredoc, offset);
            pieces.add(body);
            offset += body.length();
            // The terminator as BuildKit appends it: the name, without the tabs <<- allows before it.
            int terminatorStart = Math.max(heredoc.terminatorRange().startOffset(),
                    heredoc.terminatorRange().endOffset() - heredoc.name().length());
            pieces.add(new Piece(offset, heredoc.name().length(), null, terminatorStart));
            offset += heredoc.name().length();
        }
        return List.copyOf(pieces);
    }

    private static Piece line(ParseResult parsed, Word script, int scriptStart) {
        SourceRange range = script.range();
        LogicalLine joined = LogicalLine.join(parsed.text(), range.startOffset(), range.endOffset(),
                parsed.dockerfile().escapeChar());
        if (joined.text().equals(script.text())) {
            return new Piece(scriptStart, script.text().length(), joined, range.startOffset());
        }
        // Not a verbatim join of the source (e.g. decoded JSON): every offset maps to the start.
        return new Piece(scriptStart, 0, null, range.startOffset());
    }

    private static Piece body(Heredoc heredoc, int scriptStart) {
        return new Piece(scriptStart, heredoc.content().length(), null, heredoc.bodyRange().startOffset());
    }

    /**
     * The arguments of an exec form ({@code RUN ["apt-get", "install", "curl"]}) joined by single
     * spaces, the script hadolint reads from it. Each argument maps to the text inside its JSON
     * string; an argument written with escapes maps as a whole to its string.
     */
    public static ScriptPositions ofArguments(ParseResult parsed, List<Word> arguments) {
        return new ScriptPositions(() -> {
            List<Piece> pieces = new ArrayList<>();
            int offset = 0;
            for (Word argument : arguments) {
                SourceRange range = argument.range();
                int length = argument.text().length();
                boolean verbatim = range.endOffset() - range.startOffset() == length + 2;
                pieces.add(verbatim ? new Piece(offset, length, null, range.startOffset() + 1)
                        : new Piece(offset, 0, null, range.startOffset()));
                offset += length + 1;
            }
            return pieces.isEmpty() ? List.of(new Piece(0, 0, null, 0)) : List.copyOf(pieces);
        }, parsed::range);
    }

    /** The Dockerfile offset of a script offset (the start of a range). */
    public int sourceOffset(int scriptOffset) {
        return piece(scriptOffset, false).sourceOffset(scriptOffset, false);
    }

    /** The Dockerfile offset of a script end offset (stays on the line the range ends on). */
    public int sourceEnd(int scriptEnd) {
        return piece(scriptEnd, true).sourceOffset(scriptEnd, true);
    }

    /** The Dockerfile range of {@code script[start, end)}. */
    public SourceRange range(int start, int end) {
        int from = sourceOffset(start);
        return ranges.range(from, Math.max(from, sourceEnd(end)));
    }

    private Piece piece(int offset, boolean end) {
        List<Piece> all = pieces;
        if (all == null) {
            all = layout.get();
            pieces = all;
        }
        Piece found = all.get(0);
        for (Piece piece : all) {
            boolean inside = end ? offset > piece.scriptStart() : offset >= piece.scriptStart();
            if (!inside) {
                break;
            }
            found = piece;
        }
        if (offset > found.scriptStart() + found.length()) {
            // Past the last piece's text (a truncated mapping): pin to its end.
            return new Piece(offset, 0, null, found.sourceOffset(found.scriptStart() + found.length(), true));
        }
        return found;
    }
}
