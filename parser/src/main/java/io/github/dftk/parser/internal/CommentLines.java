package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import io.github.dftk.ast.Comment;
import java.util.ArrayList;
import java.util.List;

/**
 * Every comment line of a file, and BuildKit's {@code PrevComment}: the comments directly
 * above an instruction (an empty {@code #} line clears them, directives never count), which
 * BuildKit reads as the description of a stage or an ARG.
 */
final class CommentLines {

    private final String text;
    private final LineIndex lines;
    private final List<DirectiveScanner.Found> directives;
    private final List<Comment> all = new ArrayList<>();
    private List<Comment> pending = new ArrayList<>();

    CommentLines(String text, LineIndex lines, List<DirectiveScanner.Found> directives) {
        this.text = text;
        this.lines = lines;
        this.directives = directives;
    }

    /** A comment line between instructions, {@code text[start, end)} from its {@code #}. */
    void betweenInstructions(int start, int end) {
        Comment comment = comment(start, end);
        all.add(comment);
        if (isDirective(start)) {
            return;
        }
        // BuildKit drops the line's first byte, not the '#': indented comments keep their '#'.
        int lineStart = lines.lineStart(lines.line(start));
        if (lineStart == 0 && text.startsWith("\uFEFF")) {
            lineStart = 1;
        }
        int commentEnd = comment.range().endOffset();
        String kept = GoStrings.trimSpace(text.substring(Math.min(lineStart + 1, commentEnd), commentEnd));
        if (kept.isEmpty()) {
            pending.clear();
        } else {
            pending.add(new Comment(kept, comment.range()));
        }
    }

    /** A comment line inside a continuation: part of the file, not of any PrevComment. */
    void insideInstruction(int start, int end) {
        all.add(comment(start, end));
    }

    /** The PrevComment of the instruction that starts now. */
    List<Comment> takePrevious() {
        List<Comment> previous = pending;
        pending = new ArrayList<>();
        return previous;
    }

    List<Comment> all() {
        return all;
    }

    /** The text after '#', trimmed; the range without the line break. */
    private Comment comment(int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == '\r' || text.charAt(e - 1) == '\n')) {
            e--;
        }
        return new Comment(GoStrings.trimSpace(text.substring(start + 1, e)), lines.range(start, e));
    }

    private boolean isDirective(int hashOffset) {
        for (DirectiveScanner.Found d : directives) {
            if (d.lineStart() == hashOffset) {
                return true;
            }
        }
        return false;
    }
}
