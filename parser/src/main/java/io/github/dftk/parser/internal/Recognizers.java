package io.github.dftk.parser.internal;

import io.github.dftk.grammar.DockerfileLexer;
import io.github.dftk.grammar.DockerfileParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The ANTLR lexer and parser of one thread, reused from parse to parse: constructing
 * recognizers costs more than parsing a small Dockerfile. A nested parse on the same thread
 * gets fresh ones.
 */
final class Recognizers {

    /** Receives each instruction as the parser completes it, by its first and last token index. */
    interface InstructionSink {
        void instruction(int firstToken, int lastToken);
    }

    private static final ThreadLocal<Recognizers> CURRENT = ThreadLocal.withInitial(Recognizers::new);

    final DockerfileLexer lexer = new DockerfileLexer(null);
    final TreelessParser parser = new TreelessParser();
    private boolean inUse;

    private Recognizers() {
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

    /** Drops the references to the last text so that an idle thread keeps no document alive. */
    void release() {
        lexer.setInputStream(null);
        parser.finish();
        inUse = false;
    }

    /**
     * The generated parser, run without a parse tree: each instruction goes to the sink as
     * its rule completes. The grammar accepts every token sequence, so no error recovery is
     * needed (BailErrorStrategy also skips ANTLR's per-loop sync).
     */
    static final class TreelessParser extends DockerfileParser {
        private InstructionSink sink;

        TreelessParser() {
            super(null);
            removeErrorListeners();
            setBuildParseTree(false);
            setErrorHandler(new BailErrorStrategy());
            getInterpreter().setPredictionMode(PredictionMode.SLL);
        }

        void start(InstructionSink target, CommonTokenStream tokens) {
            sink = target;
            setTokenStream(tokens);
        }

        void finish() {
            sink = null;
            setTokenStream(null);
        }

        @Override
        public void exitRule() {
            ParserRuleContext ctx = _ctx;
            super.exitRule(); // sets ctx.stop
            if (ctx instanceof InstructionContext) {
                sink.instruction(ctx.getStart().getTokenIndex(), ctx.getStop().getTokenIndex());
            }
        }
    }
}
