package io.github.dftk.grammar;

import java.util.ArrayDeque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The context-dependent part of {@code DockerfileLexer}: the escape character, where the
 * current instruction started, and the heredoc terminators still to be read.
 *
 * <p>Decisions live here, applied to each token after it is matched, rather than in grammar
 * predicates or actions: a predicate reachable from a mode's start state disables ANTLR's
 * DFA cache for that mode, and each custom action costs an action-executor run.
 */
public abstract class DockerfileLexerBase extends Lexer {

    private int escapeChar = '\\';
    private HeredocOpener heredocOpener = HeredocOpener.NONE;
    private int instructionStart = -1;
    private final ArrayDeque<HeredocTerminator> openHeredocs = new ArrayDeque<>();
    /** The input as a string when it is one (the usual case): direct access on the hot path. */
    private String text;
    /** Offset of the next {@code <<} at or after the last instruction start searched (MAX_VALUE: none). */
    private int nextMarker = -1;

    protected DockerfileLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Sets what the lexer cannot know by itself. Call before the first token.
     *
     * @param escapeChar the escape character chosen by the {@code # escape=} directive
     * @param heredocOpener decides which heredocs an instruction's logical line opens
     */
    public void configure(char escapeChar, HeredocOpener heredocOpener) {
        if (!(getInterpreter() instanceof EofCachingLexerSimulator)) {
            setInterpreter(new EofCachingLexerSimulator(this, getATN(), DockerfileLexer._decisionToDFA,
                    DockerfileLexer._sharedContextCache));
        }
        this.escapeChar = escapeChar;
        this.heredocOpener = heredocOpener;
        this.text = _input instanceof Utf16CharStream stream ? stream.text() : null;
        if (_input.size() > 0 && _input.LA(1) == '\uFEFF') {
            mode(DockerfileLexer.FILE_START);
        }
    }

    /**
     * Gives provisional tokens their final type and applies BuildKit's line rules: where an
     * instruction starts, whether an escape at a line end continues the line, which heredoc
     * bodies follow an instruction, and which body line terminates a heredoc.
     */
    @Override
    public Token nextToken() {
        CommonToken token = (CommonToken) super.nextToken();
        switch (token.getType()) {
            case DockerfileLexer.WS, DockerfileLexer.COMMENT -> token.setChannel(HIDDEN);
            case DockerfileLexer.TEXT, DockerfileLexer.LEADING_ESCAPE -> {
                token.setType(DockerfileLexer.TEXT);
                startInstruction(token);
                mode(DockerfileLexer.CONTENT);
            }
            case DockerfileLexer.CONTENT_TEXT, DockerfileLexer.CONTENT_ESCAPE -> token.setType(DockerfileLexer.TEXT);
            case DockerfileLexer.LINE_CONTINUATION, DockerfileLexer.CONTENT_LINE_CONTINUATION -> lineEndingEscape(token);
            case DockerfileLexer.INSTRUCTION_END -> {
                token.setType(DockerfileLexer.NEWLINE);
                endInstruction(token.getStartIndex());
            }
            case DockerfileLexer.HEREDOC_LINE -> heredocLine(token);
            case DockerfileLexer.BOM -> {
                token.setChannel(HIDDEN);
                mode(DEFAULT_MODE);
            }
            default -> {
                // NEWLINE and EOF keep their type; the mode stays
            }
        }
        return token;
    }

    private void startInstruction(Token token) {
        if (instructionStart < 0) {
            instructionStart = token.getStartIndex();
        }
    }

    /**
     * BuildKit continues the line when the character is the escape character and is not
     * itself escaped (preceded by the escape character); otherwise it is text and the
     * newline ends the line.
     */
    private void lineEndingEscape(CommonToken token) {
        startInstruction(token);
        int start = token.getStartIndex();
        boolean continues = charAt(start) == escapeChar && (start == 0 || charAt(start - 1) != escapeChar);
        if (continues) {
            token.setType(DockerfileLexer.LINE_CONTINUATION);
            mode(DEFAULT_MODE);
        } else {
            token.setType(DockerfileLexer.LINE_END_TEXT);
            endInstruction(token.getStopIndex());
        }
    }

    /** A heredoc body line: the terminator line (tabs stripped for {@code <<-}) closes the body. */
    private void heredocLine(CommonToken token) {
        HeredocTerminator terminator = openHeredocs.peek();
        if (terminator == null) {
            mode(DEFAULT_MODE);
            return;
        }
        int from = token.getStartIndex();
        int to = token.getStopIndex() + 1;
        while (to > from && (charAt(to - 1) == '\n' || charAt(to - 1) == '\r')) {
            to--;
        }
        if (terminator.chomp()) {
            while (from < to && charAt(from) == '\t') {
                from++;
            }
        }
        if (regionEquals(from, to, terminator.name())) {
            token.setType(DockerfileLexer.HEREDOC_END);
            openHeredocs.poll();
            if (openHeredocs.isEmpty()) {
                mode(DEFAULT_MODE);
            }
        }
    }

    private void endInstruction(int end) {
        int start = instructionStart;
        instructionStart = -1;
        if (start >= 0 && containsHeredocMarker(start, end)) {
            List<HeredocTerminator> terminators = heredocOpener.open(_input.getText(Interval.of(start, end - 1)));
            if (!terminators.isEmpty()) {
                openHeredocs.addAll(terminators);
                mode(DockerfileLexer.HEREDOC);
                return;
            }
        }
        mode(DEFAULT_MODE);
    }

    private boolean containsHeredocMarker(int start, int end) {
        if (text == null) {
            for (int i = start; i + 1 < end; i++) {
                if (charAt(i) == '<' && charAt(i + 1) == '<') {
                    return true;
                }
            }
            return false;
        }
        // One vectorised search per marker in the file rather than a scan per instruction.
        if (nextMarker < start) {
            nextMarker = text.indexOf("<<", start);
            if (nextMarker < 0) {
                nextMarker = Integer.MAX_VALUE;
            }
        }
        return nextMarker < end - 1;
    }

    private boolean regionEquals(int from, int to, String expected) {
        if (to - from != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (charAt(from + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The character at an absolute index of the input (before or after the current position). */
    private int charAt(int index) {
        if (text != null) {
            return text.charAt(index);
        }
        int delta = index - _input.index();
        return _input.LA(delta >= 0 ? delta + 1 : delta);
    }

    @Override
    public void reset() {
        super.reset();
        instructionStart = -1;
        nextMarker = -1;
        openHeredocs.clear();
    }
}
