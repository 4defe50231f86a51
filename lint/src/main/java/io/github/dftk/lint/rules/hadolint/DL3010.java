package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An archive is copied in (COPY from the context) and a later RUN of the same stage unpacks it,
 * where ADD would unpack it in one step without keeping the archive in a layer. Archives are
 * matched by file name, as hadolint does; reported at the copied archive. Unlike hadolint, which
 * keeps only the last stage's findings, every stage is reported, and {@code tar --exclude} is
 * not mistaken for an extraction. Not fixable: ADD unpacks into the destination directory, which
 * need not be where the RUN unpacked it.
 */
public final class DL3010 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3010", LintSeverity.INFO, "best-practice",
            "A local archive is copied and then unpacked in RUN; ADD unpacks it", false);

    private static final String[] DECOMPRESSORS = {"unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz",
        "uncompress", "zcat", "gzcat"};

    /** An archive a COPY brought in: the word naming it and its file name. */
    private record Copied(Word word, String name) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        Map<Instruction, ShellRun> runs = new IdentityHashMap<>();
        RunCommands.runs(context, false).forEach(run -> runs.put(run.instruction(), run));
        for (List<Instruction> body : StageBodies.of(context.dockerfile())) {
            List<Copied> copied = new ArrayList<>();
            for (Instruction instruction : body) {
                if (instruction instanceof CopyInstruction copy && copy.from().isEmpty()) {
                    copied.addAll(archives(copy));
                } else if (runs.containsKey(instruction)) {
                    List<SimpleCommand> commands = runs.get(instruction).script().commands();
                    for (Copied archive : List.copyOf(copied)) {
                        if (commands.stream().anyMatch(command -> unpacks(command, archive.name()))) {
                            context.report(this, archive.word().range(), message());
                            copied.remove(archive);
                        }
                    }
                }
            }
        }
    }

    /** The destination when it names an archive, else the sources that do. */
    private static List<Copied> archives(CopyInstruction copy) {
        if (copy.destination().isPresent() && Archives.isArchive(path(copy.destination().get()))) {
            return List.of(copied(copy.destination().get()));
        }
        return copy.sources().stream().filter(s -> Archives.isArchive(path(s))).map(DL3010::copied).toList();
    }

    private static Copied copied(Word word) {
        return new Copied(word, Archives.basename(path(word)));
    }

    /**
     * The word without quotes at either end, as hadolint reads it: BuildKit splits COPY's shell
     * form at blanks even inside quotes, so {@code "C:\Program Files\a.tar"} is two words.
     */
    private static String path(Word word) {
        String text = word.text(); // without leading and trailing quotes
        int start = 0;
        int end = text.length();
        while (start < end && isQuote(text.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean unpacks(SimpleCommand command, String archive) {
        boolean extracts = command.isNamed("tar") ? tarExtracts(command) : command.isNamed(DECOMPRESSORS);
        return extracts && command.operands().stream().anyMatch(w -> Archives.basename(w.value()).equals(archive));
    }

    /** {@code -x…}, {@code --extract}, {@code --get}, or the old style {@code tar xzf}. */
    private static boolean tarExtracts(SimpleCommand command) {
        if (command.hasFlag("x", "extract", "get")) {
            return true;
        }
        List<ShellWord> arguments = command.arguments();
        return !arguments.isEmpty() && arguments.get(0).value().matches("[A-Za-z]*x[A-Za-z]*");
    }

    static String message() {
        return "Use `ADD` for extracting archives into an image.";
    }
}
