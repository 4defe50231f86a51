package io.github.dftk.cli;

import io.github.dftk.cli.internal.EnumOption;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.cli.internal.InputFile;
import io.github.dftk.ir.context.ContextDigest;
import io.github.dftk.ir.context.ContextException;
import io.github.dftk.ir.context.ContextHash;
import io.github.dftk.ir.context.ContextHashReport;
import io.github.dftk.ir.context.ContextProblem;
import io.github.dftk.ir.context.CopySource;
import io.github.dftk.ir.context.CopySourceKind;
import io.github.dftk.ir.context.SourceSelection;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dftk context-hash DIR}: the sha256 of a build context as a build would send it
 * (.dockerignore applied), and of what each COPY/ADD of the Dockerfile takes from it. Problems
 * a build would hit (a source that is not in the context, a .dockerignore BuildKit rejects) go
 * to standard error as {@code file:line:col: what — why — fix}. JSON schema: docs/context-hash.md.
 */
@Command(name = "context-hash",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = {
            "Digest a build context exactly as 'docker build' sends it (BuildKit's ignore-file rules), and "
                    + "what each COPY/ADD of the Dockerfile takes from it.",
            "Same files, same modes, same digest: times and owners do not count. Problems a build would hit "
                    + "go to standard error as file:line:col: what — why — fix."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk context-hash .                        context and COPY/ADD digests",
            "  dftk context-hash -f app.Dockerfile .      another Dockerfile",
            "  dftk context-hash --build-arg VERSION=2 .  expand sources with a build arg",
            "  dftk context-hash --format json . | jq .context.digest",
            "",
            "Exit codes: 0 ok, 1 a build would fail (a source matches nothing, a bad",
            ".dockerignore, errors in the Dockerfile), 2 usage error or unreadable input."})
public final class ContextHashCommand implements Callable<Integer> {

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

    /** The JSON schema identifier; docs/context-hash.md describes it. */
    static final String SCHEMA = "dftk.context-hash/v1";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The build context directory.")
    String dir;

    @Option(names = {"-f", "--file"}, paramLabel = "DOCKERFILE",
            description = {"The Dockerfile (default: DIR/Dockerfile); '-' reads standard input.",
                "A <name>.dockerignore next to it wins over the one in DIR, as in BuildKit."})
    String file;

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE",
            description = "A build argument for expanding COPY/ADD sources (repeatable; NAME alone takes the "
                    + "value from the environment).")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Terminal terminal = main.terminal();
        Map<String, String> args = buildArgs();
        Path context = terminal.workingDirectory().resolve(dir);
        if (!Files.isDirectory(context)) {
            terminal.printError(dir + ": cannot read the build context — "
                    + (Files.exists(context) ? "not a directory" : "no such directory")
                    + " — pass the directory that holds the files the build uses\n");
            return Main.EXIT_USAGE;
        }
        String dockerfileArgument = file != null ? file : defaultDockerfile(context);
        InputFile input;
        try {
            input = InputFile.read(dockerfileArgument, terminal);
        } catch (InputFile.UnreadableException e) {
            terminal.printError(e.getMessage() + "\n");
            return Main.EXIT_USAGE;
        }
        Path dockerfilePath = input.name().equals(InputFile.STDIN_NAME) ? null
                : terminal.workingDirectory().resolve(dockerfileArgument);
        ParseResult parsed = DockerfileParser.parse(input.bytes(), ParseOptions.defaults().withSourceName(input.name()));
        StringBuilder errors = new StringBuilder();
        for (Diagnostic d : parsed.diagnostics()) {
            errors.append(ParseCommand.line(d, input.name())).append('\n');
        }
        ContextHashReport report;
        try {
            report = ContextHash.compute(context, dir, parsed, dockerfilePath, args);
        } catch (ContextException e) {
            terminal.printError(errors + e.problem().render() + "\n");
            return e.problem().isUnreadable() ? Main.EXIT_USAGE : Main.EXIT_INPUT_ERRORS;
        }
        for (ContextProblem p : report.problems()) {
            errors.append(p.render()).append('\n');
        }
        terminal.print(format == Format.JSON ? json(report, input.name(), args) : text(report, input.name()));
        terminal.printError(errors.toString());
        return report.hasErrors() || parsed.hasErrors() ? Main.EXIT_INPUT_ERRORS : 0;
    }

    /** DIR/Dockerfile, or DIR/dockerfile when only that exists (BuildKit's fallback). */
    private String defaultDockerfile(Path context) {
        String prefix = dir.equals(".") || dir.equals("./") ? "" : dir.endsWith("/") ? dir : dir + "/";
        if (!Files.exists(context.resolve("Dockerfile")) && Files.exists(context.resolve("dockerfile"))) {
            return prefix + "dockerfile";
        }
        return prefix + "Dockerfile";
    }

    private Map<String, String> buildArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : buildArgs) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (name.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--build-arg '" + arg
                        + "' has no name — write --build-arg NAME=VALUE");
            }
            if (eq >= 0) {
                args.put(name, arg.substring(eq + 1));
            } else if (System.getenv(name) != null) {
                args.put(name, System.getenv(name));
            }
        }
        return args;
    }

    // ---- text ----

    static String text(ContextHashReport report, String dockerfile) {
        StringBuilder out = new StringBuilder();
        out.append("context  ").append(counts(report.digest()));
        report.ignoreFile().ifPresent(f -> out.append("  ").append(f).append(" (")
                .append(plural(report.ignorePatterns(), "pattern")).append(')'));
        out.append('\n');
        out.append("used     ").append(counts(report.used())).append('\n');
        for (ContextHashReport.CopyResult copy : report.copies()) {
            out.append(dockerfile).append(':').append(copy.copy().instruction().range().startLine()).append("  ")
                    .append(firstLine(copy.copy().instruction().syntax().original())).append("  ")
                    .append(copy.digest().map(ContextHashCommand::counts).orElse("-"));
            if (!copy.copy().built()) {
                out.append("  (stage ").append(copy.copy().stageName()).append(" is not built by default)");
            }
            out.append('\n');
            for (ContextHashReport.SourceResult source : copy.sources()) {
                out.append("  ").append(source.source().path()).append("  ").append(sourceSummary(source)).append('\n');
            }
        }
        return out.toString();
    }

    private static String sourceSummary(ContextHashReport.SourceResult source) {
        CopySource s = source.source();
        if (s.expansionError().isPresent()) {
            return "cannot be expanded";
        }
        if (s.kind() == CopySourceKind.HEREDOC) {
            return "heredoc, not from the context";
        }
        if (s.kind() != CopySourceKind.CONTEXT) {
            return s.kind().token() + ", not from the context";
        }
        if (source.selection().isEmpty()) {
            return "not copied";
        }
        SourceSelection selection = source.selection().get();
        return selection.failure().map(SourceSelection.Failure::message).orElseGet(() -> counts(selection.digest()));
    }

    private static String counts(ContextDigest d) {
        return d.digest() + "  " + plural(d.files(), "file") + "  " + plural(d.bytes(), "byte");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String firstLine(String original) {
        int newline = original.indexOf('\n');
        String line = newline < 0 ? original : original.substring(0, newline) + " …";
        return line.length() > 100 ? line.substring(0, 99) + "…" : line;
    }

    // ---- json ----

    static String json(ContextHashReport report, String dockerfile, Map<String, String> buildArgs) {
        StringBuilder out = new StringBuilder();
        JsonWriter json = JsonWriter.pretty(out);
        json.beginObject();
        json.name("schema").value(SCHEMA);
        json.name("context").beginObject();
        json.name("path").value(report.context());
        counts(json, report.digest());
        report.ignoreFile().ifPresent(f -> {
            json.name("dockerignore").beginInlineObject();
            json.name("file").value(f);
            json.name("patterns").value(report.ignorePatterns());
            json.endObject();
        });
        json.endObject();
        json.name("used").beginObject();
        counts(json, report.used());
        json.name("paths").beginArray();
        report.usedPaths().forEach(json::value);
        json.endArray();
        json.endObject();
        json.name("dockerfile").value(dockerfile);
        json.name("buildArgs").beginObject();
        buildArgs.forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("instructions").beginArray();
        for (ContextHashReport.CopyResult copy : report.copies()) {
            instruction(json, copy);
        }
        json.endArray();
        json.name("problems").beginArray();
        for (ContextProblem p : report.problems()) {
            json.beginInlineObject();
            json.name("severity").value(p.severity().label());
            json.name("code").value(p.code());
            json.name("file").value(p.file());
            if (p.line() > 0) {
                json.name("line").value(p.line());
                json.name("column").value(p.column());
            }
            json.name("message").value(p.what());
            json.name("reason").value(p.why());
            json.name("fix").value(p.fix());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        return out.append('\n').toString();
    }

    private static void instruction(JsonWriter json, ContextHashReport.CopyResult copy) {
        json.beginObject();
        json.name("keyword").value(copy.copy().keyword());
        json.name("line").value(copy.copy().instruction().range().startLine());
        json.name("column").value(copy.copy().instruction().range().startColumn());
        json.name("text").value(copy.copy().instruction().syntax().original());
        json.name("stage").value(copy.copy().stage());
        json.name("stageName").value(copy.copy().stageName());
        json.name("built").value(copy.copy().built());
        json.name("parents").value(copy.copy().parents());
        json.name("excludes").beginArray();
        copy.copy().excludes().forEach(json::value);
        json.endArray();
        copy.digest().ifPresent(d -> counts(json, d));
        json.name("sources").beginArray();
        for (ContextHashReport.SourceResult source : copy.sources()) {
            CopySource s = source.source();
            json.beginObject();
            json.name("written").value(s.word().text());
            json.name("expanded").value(s.path());
            json.name("kind").value(s.kind().token());
            json.name("line").value(s.word().range().startLine());
            json.name("column").value(s.word().range().startColumn());
            s.expansionError().ifPresent(e -> json.name("error").value(e.message()));
            Optional<SourceSelection> selection = source.selection();
            if (selection.isPresent()) {
                SourceSelection sel = selection.get();
                if (sel.failure().isPresent()) {
                    json.name("error").value(sel.failure().get().message());
                } else {
                    counts(json, sel.digest());
                    json.name("matches").beginArray();
                    sel.matches().forEach(m -> json.value(m.isEmpty() ? "." : m));
                    json.endArray();
                }
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void counts(JsonWriter json, ContextDigest d) {
        json.name("digest").value(d.digest());
        json.name("files").value(d.files());
        json.name("directories").value(d.directories());
        json.name("symlinks").value(d.symlinks());
        json.name("others").value(d.others());
        json.name("bytes").value(d.bytes());
    }
}
