package io.github.dftk.cli;

import io.github.dftk.cli.internal.EnumOption;
import io.github.dftk.cli.internal.InputFile;
import io.github.dftk.ir.GraphDiff;
import io.github.dftk.ir.format.GraphJson;
import io.github.dftk.ir.format.JsonWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dftk graph diff OLD NEW}: which build steps a change leaves cached and which run again. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = {"Compare the build graphs of two Dockerfiles: every step of NEW is cached (same step, same",
            "inputs), rebuilt (same step, an input changed) or changed; steps only OLD has are removed."},
        footerHeading = "%nExamples:%n",
        footer = {"  dftk graph diff Dockerfile.orig Dockerfile", "  dftk graph diff -f json a/Dockerfile b/Dockerfile"})
public final class GraphDiffCommand implements Callable<Integer> {

    @ParentCommand
    GraphCommand graph;

    @Mixin
    BuildOptionsMixin build;

    /** Output formats. */
    enum Format { TEXT, JSON }

    /** The format names for help and completion. */
    static final class FormatNames extends EnumOption.Names<Format> {
        FormatNames() {
            super(Format.class);
        }
    }

    /** Reads a format name, in any case. */
    static final class FormatConverter extends EnumOption.Converter<Format> {
        FormatConverter() {
            super(Format.class, "format");
        }
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(index = "0", paramLabel = "OLD", description = "The Dockerfile before the change.")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The Dockerfile after the change.")
    String after;

    @Override
    public Integer call() {
        Terminal terminal = graph.main.terminal();
        GraphCommand.Lowered old;
        GraphCommand.Lowered now;
        try {
            old = GraphCommand.lower(before, build, terminal);
            now = GraphCommand.lower(after, build, terminal);
        } catch (InputFile.UnreadableException e) {
            terminal.printError(e.getMessage() + "\n");
            return Main.EXIT_USAGE;
        }
        GraphDiff diff = GraphDiff.of(old.graph(), now.graph());
        if (format == Format.JSON) {
            StringBuilder json = new StringBuilder();
            GraphJson.writeDiff(diff, JsonWriter.pretty(json));
            terminal.print(json.append('\n').toString());
        } else {
            terminal.print(text(diff, old.name(), now.name()));
        }
        return 0;
    }

    private static String text(GraphDiff diff, String oldName, String newName) {
        StringBuilder out = new StringBuilder();
        out.append(oldName).append(" -> ").append(newName).append(": ");
        for (GraphDiff.Status status : GraphDiff.Status.values()) {
            out.append(diff.count(status)).append(' ').append(status.name().toLowerCase(Locale.ROOT))
                    .append(status == GraphDiff.Status.REMOVED ? "\n" : ", ");
        }
        for (GraphDiff.Entry entry : diff.entries()) {
            out.append(String.format("  %-8s", entry.status().name().toLowerCase(Locale.ROOT)))
                    .append('#').append(entry.vertex().id()).append(' ').append(entry.vertex().label());
            entry.vertex().origin().ifPresent(r -> out.append("  [line ").append(r.startLine()).append(']'));
            out.append('\n');
        }
        return out.toString();
    }
}
