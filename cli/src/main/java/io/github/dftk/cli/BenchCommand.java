package io.github.dftk.cli;

import io.github.dftk.bench.Corpus;
import io.github.dftk.bench.CorpusOp;
import io.github.dftk.bench.CorpusRunner;
import io.github.dftk.bench.ThroughputReport;
import io.github.dftk.ir.format.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dftk bench OP DIR}: loads every file under a directory into memory, runs the
 * operation over all of them (warm-up passes, then timed passes) in this JVM on one thread,
 * and prints one JSON line:
 * {@code {"op":…,"files":…,"bytes":…,"passes":…,"ms":…,"files_per_s":…,"mb_per_s":…,"errors":…}}.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = {
            "Measure throughput over every file under DIR (recursively; files over 16 MiB skipped), in memory, "
                    + "in this JVM, on one thread.",
            "Prints one JSON line: op, files and bytes per pass, passes, ms (wall time of the timed passes), "
                    + "files_per_s, mb_per_s (10^6 bytes/s), errors (files with errors in one pass)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk bench parse ../shared/corpus-dev",
            "  dftk bench parse --passes 30 --warmup 100 --warmup-seconds 60 ../shared/corpus-dev",
            "",
            "The JIT needs seconds to settle: the defaults warm up for up to 100 passes or 30",
            "seconds, and ./dftk runs bench with -XX:-TieredCompilation, which settles sooner on",
            "two cores. Take the median of a few runs."})
public final class BenchCommand implements Callable<Integer> {

    /** The operation ids for help and completion. */
    static final class OpNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CorpusOp.values()).map(CorpusOp::id).iterator();
        }
    }

    /** Reads an operation id; picocli reports the failure as a usage error listing the ids. */
    static final class OpConverter implements ITypeConverter<CorpusOp> {
        @Override
        public CorpusOp convert(String value) {
            return CorpusOp.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown operation '" + value + "' — expected one of: " + String.join(", ", new OpNames())));
        }
    }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OP", converter = OpConverter.class, completionCandidates = OpNames.class,
            description = "What to measure: ${COMPLETION-CANDIDATES}.")
    CorpusOp op;

    @Parameters(index = "1", paramLabel = "DIR", description = "Directory of Dockerfiles.")
    String dir;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "10",
            description = "Timed passes over all files (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
            description = "Untimed passes first, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "30",
            description = "Stop warming up after this many seconds even if passes remain (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Override
    public Integer call() {
        if (passes < 1) {
            throw new ParameterException(spec.commandLine(), "--passes must be at least 1, got " + passes);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be 0 or more, got " + warmup);
        }
        if (warmupSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup-seconds must be 0 or more, got " + warmupSeconds);
        }
        Terminal terminal = main.terminal();
        Path root = terminal.workingDirectory().resolve(dir);
        if (!Files.isDirectory(root)) {
            terminal.printError(dir + ": cannot read corpus — " + (Files.exists(root) ? "not a directory" : "no such directory")
                    + " — pass a directory of Dockerfiles\n");
            return Main.EXIT_USAGE;
        }
        Corpus corpus;
        try {
            corpus = Corpus.load(root);
        } catch (IOException e) {
            terminal.printError(dir + ": cannot read corpus — " + e.getMessage() + " — check the directory's permissions\n");
            return Main.EXIT_USAGE;
        }
        if (corpus.files().isEmpty()) {
            terminal.printError(dir + ": nothing to measure — no regular files of at most 16 MiB under it"
                    + " — pass a directory of Dockerfiles\n");
            return Main.EXIT_USAGE;
        }
        ThroughputReport report = CorpusRunner.run(op, corpus, passes, warmup, Duration.ofSeconds(warmupSeconds));
        StringBuilder line = new StringBuilder(160);
        JsonWriter json = JsonWriter.compact(line);
        json.beginObject();
        json.name("op").value(report.op());
        json.name("files").value(report.files());
        json.name("bytes").value(report.bytes());
        json.name("passes").value(report.passes());
        json.name("ms").value(round(report.millis(), 3));
        json.name("files_per_s").value(round(report.filesPerSecond(), 1));
        json.name("mb_per_s").value(round(report.megabytesPerSecond(), 3));
        json.name("errors").value(report.errors());
        json.endObject();
        terminal.print(line.append('\n').toString());
        return 0;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
