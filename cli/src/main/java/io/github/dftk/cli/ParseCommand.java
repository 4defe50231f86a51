package io.github.dftk.cli;

import io.github.dftk.cli.internal.EnumOption;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.cli.internal.AstJson;
import io.github.dftk.cli.internal.InputFile;
import io.github.dftk.cli.internal.TreePrinter;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.parser.BuildKitDump;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dftk parse}: parses each file and prints it in one of three formats. Diagnostics go
 * to standard error as {@code file:line:col: what — why — fix} (other severities than error
 * carry their label, e.g. {@code file:line:col: warning: ...}). With several files, each
 * file's output is a section headed {@code ==> FILE <==} as {@code head} prints it, and its
 * diagnostics are lines in that section starting with {@code error: } or {@code warning: }.
 */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = {
            "Parse Dockerfiles as BuildKit does and print the result.",
            "Errors go to standard error as file:line:col: what — why — fix; with several files they are "
                    + "printed in each file's section instead, as lines starting 'error: '."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk parse Dockerfile                  BuildKit's dump: (keyword \"arg\"...)",
            "  dftk parse -f tree Dockerfile          stages, instructions, line numbers",
            "  dftk parse -f json Dockerfile | jq .   typed AST with ranges",
            "  cat Dockerfile | dftk parse -          read standard input",
            "  dftk parse */Dockerfile                one '==> FILE <==' section per file",
            "",
            "Exit codes: 0 no errors, 1 some file has errors, 2 usage error or",
            "unreadable file."})
public final class ParseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        /** BuildKit's {@code Node.Dump()}, byte for byte; nothing when BuildKit's parser would fail. */
        DUMP {
            @Override
            String render(ParseResult result, String file) {
                return result.syntaxErrors().isEmpty() ? BuildKitDump.of(result.dockerfile()) : "";
            }
        },
        /** The typed AST, schema in docs/ast-json.md. */
        JSON {
            @Override
            String render(ParseResult result, String file) {
                StringBuilder out = new StringBuilder();
                AstJson.write(result.dockerfile(), file, result.diagnostics(), JsonWriter.pretty(out));
                return out.append('\n').toString();
            }
        },
        /** An outline for people. */
        TREE {
            @Override
            String render(ParseResult result, String file) {
                return TreePrinter.print(result.dockerfile(), file, result.text());
            }
        };

        abstract String render(ParseResult result, String file);
    }

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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "dump",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = {"Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "dump: BuildKit's parser test dump, printed only when BuildKit's parser accepts the file;",
                "json: typed AST with ranges (docs/ast-json.md);",
                "tree: a readable outline."})
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to parse; '-' reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        Terminal terminal = main.terminal();
        boolean sections = files.size() > 1;
        boolean firstSection = true;
        int exit = 0;
        for (String argument : files) {
            InputFile input;
            try {
                input = InputFile.read(argument, terminal);
            } catch (InputFile.UnreadableException e) {
                terminal.printError(e.getMessage() + "\n");
                exit = Main.EXIT_USAGE;
                continue;
            }
            ParseResult result = DockerfileParser.parse(input.bytes(), ParseOptions.defaults().withSourceName(input.name()));
            StringBuilder out = new StringBuilder();
            if (sections) {
                // head's layout: a blank line between sections, none before the first.
                out.append(firstSection ? "" : "\n").append("==> ").append(input.name()).append(" <==\n");
                firstSection = false;
            }
            out.append(format.render(result, input.name()));
            if (sections) {
                for (Diagnostic diagnostic : result.diagnostics()) {
                    out.append(sectionLine(diagnostic, input.name())).append('\n');
                }
                terminal.print(out.toString());
            } else {
                terminal.print(out.toString());
                StringBuilder problems = new StringBuilder();
                for (Diagnostic diagnostic : result.diagnostics()) {
                    problems.append(line(diagnostic, input.name())).append('\n');
                }
                terminal.printError(problems.toString());
            }
            if (result.hasErrors() && exit == 0) {
                exit = Main.EXIT_INPUT_ERRORS;
            }
        }
        return exit;
    }

    /** {@code file:line:col: what — why — fix}; other severities than error carry their label after the location. */
    static String line(Diagnostic diagnostic, String file) {
        if (diagnostic.isError()) {
            return diagnostic.render(file);
        }
        return file + ":" + diagnostic.range().start() + ": " + diagnostic.severity().label() + ": " + diagnostic.text();
    }

    /** Inside a section: {@code error: file:line:col: ...}, {@code warning: file:line:col: ...}. */
    static String sectionLine(Diagnostic diagnostic, String file) {
        return diagnostic.severity().label() + ": " + diagnostic.render(file);
    }
}
