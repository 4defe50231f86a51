package io.github.dftk.cli;

import io.github.dftk.cli.internal.EnumOption;
import io.github.dftk.lint.RuleRegistry;
import io.github.dftk.lint.catalog.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dftk rules}: the catalogue of lint rules. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = "List every lint rule: code, family, default severity, whether it has a fix, what it flags.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk rules                  a table",
            "  dftk rules -f json          for tools",
            "  dftk rules -f md            docs/rules.md"})
public final class RulesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TEXT, JSON, MD }

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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "text, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        RuleCatalog catalog = new RuleCatalog(RuleRegistry.standard().rules());
        main.terminal().print(switch (format) {
            case TEXT -> catalog.text();
            case JSON -> catalog.json();
            case MD -> catalog.markdown();
        });
        return 0;
    }
}
