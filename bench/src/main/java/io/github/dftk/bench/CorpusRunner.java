package io.github.dftk.bench;

import java.time.Duration;

/**
 * Runs one operation over a corpus held in memory, in this JVM and on this thread: warm-up
 * passes first (so the JIT has compiled the hot paths), then timed passes. This is the
 * throughput number of the performance targets; JMH ({@code ParseBenchmark}) is for
 * finer, statistically careful measurements of single stages.
 */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    /**
     * @param passes timed passes over every file, at least 1
     * @param warmup untimed passes before them, at least 0
     * @param warmupLimit warm-up stops early once this much time has passed (a large corpus
     *     needs fewer passes for the JIT to settle)
     */
    public static ThroughputReport run(CorpusOp op, Corpus corpus, int passes, int warmup, Duration warmupLimit) {
        if (passes < 1 || warmup < 0) {
            throw new IllegalArgumentException("passes must be >= 1 and warmup >= 0, got " + passes + " and " + warmup);
        }
        long warmupEnd = System.nanoTime() + warmupLimit.toNanos();
        for (int i = 0; i < warmup && System.nanoTime() < warmupEnd; i++) {
            pass(op, corpus);
        }
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            errors = pass(op, corpus);
        }
        long nanos = System.nanoTime() - start;
        return new ThroughputReport(op.id(), corpus.files().size(), corpus.totalBytes(), passes, nanos, errors);
    }

    /** One pass; returns the number of files with errors (using the result keeps the work from being optimised away). */
    private static int pass(CorpusOp op, Corpus corpus) {
        int errors = 0;
        for (Corpus.Entry file : corpus.files()) {
            if (op.apply(file)) {
                errors++;
            }
        }
        return errors;
    }
}
