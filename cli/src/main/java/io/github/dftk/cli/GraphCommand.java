package io.github.dftk.cli;

import io.github.dftk.cli.internal.EnumOption;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.cli.internal.InputFile;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.BuildGraphs;
import io.github.dftk.ir.format.GraphDot;
import io.github.dftk.ir.format.GraphJson;
import io.github.dftk.ir.format.GraphMermaid;
import io.github.dftk.ir.format.GraphText;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dftk graph}: the build graph a Dockerfile lowers to, as BuildKit would build it
 * offline: steps, their inputs and digests, stages, parallel levels and critical path.
 */
@Command(name = "graph",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        subcommands = GraphDiffCommand.class,
        description = {"Lower a Dockerfile to its build graph (what BuildKit would run, offline) and print it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk graph Dockerfile                          stages, steps, parallel levels, critical path",
            "  dftk graph -f dot Dockerfile | dot -Tsvg > g.svg",
            "  dftk graph -f mermaid --target build Dockerfile",
            "  dftk graph -f json --build-arg VERSION=2 --platform linux/arm64 Dockerfile",
            "  dftk graph diff old/Dockerfile new/Dockerfile  which steps stay cached",
            "",
            "Exit codes: 0 fine, 1 the file has errors (parse or graph), 2 usage error or unreadable file."})
public final class GraphCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TEXT, JSON, DOT, MERMAID }

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

    @ParentCommand
    Main main;

    @Mixin
    BuildOptionsMixin build;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "Output format: text, json (docs/graph-json.md), dot (Graphviz) or mermaid (default: ${DEFAULT-VALUE}).")
    Format format;

    // Optional for picocli so that `graph diff OLD NEW` parses; required in call().
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The Dockerfile; '-' reads standard input.")
    String file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        Terminal terminal = main.terminal();
        Lowered lowered;
        try {
            lowered = lower(file, build, terminal);
        } catch (InputFile.UnreadableException e) {
            terminal.printError(e.getMessage() + "\n");
            return Main.EXIT_USAGE;
        }
        BuildGraph graph = lowered.graph();
        String out = switch (format) {
            case TEXT -> GraphText.render(graph, lowered.name());
            case JSON -> {
                StringBuilder json = new StringBuilder();
                GraphJson.write(graph, lowered.name(), JsonWriter.pretty(json));
                yield json.append('\n').toString();
            }
            case DOT -> GraphDot.render(graph);
            case MERMAID -> GraphMermaid.render(graph);
        };
        terminal.print(out);
        StringBuilder problems = new StringBuilder();
        for (Diagnostic d : lowered.problems()) {
            problems.append(ParseCommand.line(d, lowered.name())).append('\n');
        }
        terminal.printError(problems.toString());
        return lowered.problems().stream().anyMatch(Diagnostic::isError) ? Main.EXIT_INPUT_ERRORS : 0;
    }

    /** A file parsed and lowered, with the parse diagnostics and the graph's. */
    record Lowered(String name, BuildGraph graph, List<Diagnostic> problems) {
    }

    static Lowered lower(String argument, BuildOptionsMixin build, Terminal terminal) throws InputFile.UnreadableException {
        InputFile input = InputFile.read(argument, terminal);
        ParseResult parsed = DockerfileParser.parse(input.bytes(), ParseOptions.defaults().withSourceName(input.name()));
        BuildGraph graph = BuildGraphs.lower(parsed, build.options());
        List<Diagnostic> problems = new ArrayList<>(parsed.diagnostics());
        problems.addAll(graph.diagnostics());
        problems.sort(java.util.Comparator.comparingInt(d -> d.range().startOffset()));
        return new Lowered(input.name(), graph, problems);
    }
}
