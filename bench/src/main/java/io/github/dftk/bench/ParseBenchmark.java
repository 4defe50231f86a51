package io.github.dftk.bench;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the parse stages over a whole corpus: one operation is one pass over
 * every file, so the score (ms/op) converts to MB/s with the corpus size printed at setup.
 *
 * <p>The corpus is {@code -p corpus=DIR}, else the system property {@code dftk.corpus}
 * (forks inherit the host JVM's {@code -D} options), else {@code ../shared/corpus-dev}
 * relative to the working directory. Run: {@code java -jar bench/target/benchmarks.jar ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    /** Default corpus, relative to the working directory (the repository root). */
    static final String DEFAULT_CORPUS = "../shared/corpus-dev";

    /** The corpus directory; empty means: system property {@code dftk.corpus}, else {@link #DEFAULT_CORPUS}. */
    @Param({""})
    public String corpus;

    private Corpus files;
    private String[] texts;

    @Setup
    public void load() throws IOException {
        String dir = corpus.isEmpty() ? System.getProperty("dftk.corpus", DEFAULT_CORPUS) : corpus;
        files = Corpus.load(Path.of(dir));
        if (files.files().isEmpty()) {
            throw new IllegalStateException("no files under " + Path.of(dir).toAbsolutePath()
                    + ": set -p corpus=DIR or -Ddftk.corpus=DIR");
        }
        texts = files.files().stream().map(f -> DockerfileParser.decode(f.bytes())).toArray(String[]::new);
        System.out.printf("%ncorpus %s: %d files, %d bytes%n", Path.of(dir).toAbsolutePath().normalize(),
                files.files().size(), files.totalBytes());
    }

    /** Lexing only (directive pre-scan, ANTLR lexer, token list), over decoded text; returns the token count. */
    @Benchmark
    public long lex() {
        long tokens = 0;
        for (String text : texts) {
            tokens += DockerfileParser.tokenize(text).size();
        }
        return tokens;
    }

    /** Bytes to typed AST with all diagnostics, as {@code dftk bench parse} does; returns the instruction count. */
    @Benchmark
    public long parse() {
        long instructions = 0;
        for (Corpus.Entry file : files.files()) {
            instructions += DockerfileParser.parse(file.bytes(), ParseOptions.defaults().withSourceName(file.name()))
                    .dockerfile().instructions().size();
        }
        return instructions;
    }
}
