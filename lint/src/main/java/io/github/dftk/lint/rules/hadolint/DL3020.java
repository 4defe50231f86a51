package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;

/**
 * ADD of local files or folders, where COPY says what happens (ADD would also fetch URLs and
 * unpack {@link Archives}). Sources written with a variable are not judged (hadolint issue #769), nor
 * heredocs. The fix turns the keyword into COPY when no ADD-only flag is used.
 */
public final class DL3020 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3020", LintSeverity.ERROR, "best-practice",
            "ADD of local files or folders (not a URL or an archive); use COPY", true);

    private static final List<String> REMOTE = List.of("https://", "http://", "git@", "git://");
    private static final List<String> ADD_ONLY_FLAGS = List.of("checksum", "keep-git-dir", "unpack");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof AddInstruction add && !add.sources().isEmpty()
                    && add.sources().stream().allMatch(DL3020::localFile)) {
                boolean copyCan = add.flags().stream().noneMatch(f -> ADD_ONLY_FLAGS.contains(f.name()));
                if (copyCan) {
                    String copy = add.keyword().text().equals("add") ? "copy" : "COPY";
                    context.report(this, add.keyword().range(), message(), new Fix("Use COPY",
                            List.of(new TextEdit(add.keyword().range(), copy))));
                } else {
                    context.report(this, add.keyword().range(), message());
                }
            }
        }
    }

    private static boolean localFile(Word source) {
        String path = Words.unquoted(source.text());
        return !path.startsWith("<<") && !Words.hasVariable(path)
                && REMOTE.stream().noneMatch(path::startsWith) && !Archives.isArchive(path);
    }

    static String message() {
        return "Use COPY instead of ADD for files and folders";
    }
}
