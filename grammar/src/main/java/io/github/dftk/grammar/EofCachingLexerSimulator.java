package io.github.dftk.grammar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator caches DFA edges for characters 0..127 only, so the look-ahead at
 * the end of every file (the last token checking whether it could be longer) runs the full
 * ATN simulation again each time; with thousands of small files that was a tenth of the
 * lexing time. This simulator also caches the end-of-input edge. Valid because the grammar
 * has no predicates, so a DFA state's targets never depend on context.
 */
final class EofCachingLexerSimulator extends LexerATNSimulator {

    private static final Map<DFAState, DFAState> EOF_TARGETS = new ConcurrentHashMap<>();

    EofCachingLexerSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(recog, atn, decisionToDFA, cache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t == IntStream.EOF) {
            return EOF_TARGETS.get(s);
        }
        return super.getExistingTargetState(s, t);
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        DFAState target = super.computeTargetState(input, s, t);
        if (t == IntStream.EOF) {
            EOF_TARGETS.put(s, target);
        }
        return target;
    }
}
