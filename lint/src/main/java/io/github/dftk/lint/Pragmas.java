package io.github.dftk.lint;

import io.github.dftk.ast.Comment;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.internal.PragmaParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pragmas of one file and what they mean, read once per file ({@link LintContext#pragmas()}).
 *
 * <p>Only comment lines between instructions count (not those inside a continuation or a
 * heredoc). An ignore pragma covers the instruction that starts on the very next line, as in
 * hadolint: a blank line or another comment in between ends it, and of two stacked pragmas only
 * the lower one counts. A stage ignore pragma covers the stage whose FROM comes next (up to the
 * following FROM); a global one covers the whole file wherever it is written.
 */
public final class Pragmas {

    private final List<Pragma> all;
    private final Map<Integer, List<Pragma.Ignore>> ignoresByTargetLine = new HashMap<>();
    private final List<Pragma.Ignore> globalIgnores = new ArrayList<>();
    private final List<StageIgnore> stageIgnores = new ArrayList<>();
    private final NavigableMap<Integer, String> shellByOffset;

    /** A stage ignore pragma and the lines of the stage it covers. */
    private record StageIgnore(Pragma.Ignore ignore, int firstLine, int lastLine) {
    }

    private Pragmas(List<Pragma> all, NavigableMap<Integer, String> shellByOffset, List<Integer> fromLines) {
        this.all = List.copyOf(all);
        this.shellByOffset = shellByOffset;
        for (Pragma pragma : this.all) {
            if (pragma instanceof Pragma.Ignore ignore) {
                switch (ignore.scope()) {
                    case FILE -> globalIgnores.add(ignore);
                    case STAGE -> stageCovered(ignore, fromLines).ifPresent(stageIgnores::add);
                    case NEXT_INSTRUCTION -> ignoresByTargetLine
                            .computeIfAbsent(ignore.comment().range().startLine() + 1, l -> new ArrayList<>()).add(ignore);
                }
            }
        }
    }

    /** The stage whose FROM is the first after the pragma, if there is one. */
    private static Optional<StageIgnore> stageCovered(Pragma.Ignore ignore, List<Integer> fromLines) {
        int line = ignore.comment().range().startLine();
        for (int i = 0; i < fromLines.size(); i++) {
            if (fromLines.get(i) > line) {
                int last = i + 1 < fromLines.size() ? fromLines.get(i + 1) - 1 : Integer.MAX_VALUE;
                return Optional.of(new StageIgnore(ignore, fromLines.get(i), last));
            }
        }
        return Optional.empty();
    }

    /** Reads the pragmas of {@code dockerfile} and follows the shell they set through its stages. */
    public static Pragmas read(Dockerfile dockerfile) {
        List<Pragma> pragmas = new ArrayList<>();
        ShellTracker shells = new ShellTracker();
        List<Comment> comments = dockerfile.comments();
        int c = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            for (; c < comments.size() && comments.get(c).range().startOffset() < instruction.range().startOffset(); c++) {
                PragmaParser.parse(comments.get(c)).ifPresent(pragma -> {
                    pragmas.add(pragma);
                    shells.pragma(pragma);
                });
            }
            while (c < comments.size() && comments.get(c).range().startOffset() <= instruction.range().endOffset()) {
                c++; // inside the instruction: a continuation's comment line, not a pragma
            }
            shells.instruction(instruction);
        }
        for (; c < comments.size(); c++) {
            PragmaParser.parse(comments.get(c)).ifPresent(pragmas::add);
        }
        List<Integer> fromLines = dockerfile.stages().stream().map(stage -> stage.from().range().startLine()).toList();
        return new Pragmas(pragmas, shells.byOffset, fromLines);
    }

    /** Every pragma in the file, in order. */
    public List<Pragma> all() {
        return all;
    }

    /**
     * Whether a pragma ignores {@code code} for a finding that belongs to {@code line}: the first
     * line of the finding's instruction (hadolint reports every finding of an instruction on that
     * line), or the finding's own line when it is outside any instruction.
     */
    public boolean ignores(String code, int line) {
        for (Pragma.Ignore ignore : globalIgnores) {
            if (ignore.covers(code)) {
                return true;
            }
        }
        for (StageIgnore stage : stageIgnores) {
            if (stage.firstLine() <= line && line <= stage.lastLine() && stage.ignore().covers(code)) {
                return true;
            }
        }
        for (Pragma.Ignore ignore : ignoresByTargetLine.getOrDefault(line, List.of())) {
            if (ignore.covers(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shell hadolint assumes for {@code instruction}'s commands when it is not the default
     * {@code /bin/sh -c}: set by a {@code # hadolint shell=} pragma (before the first FROM: for
     * every stage) or by a SHELL instruction (its words joined by spaces), until the next one or
     * the next FROM; a stage built {@code FROM} an earlier stage starts with that stage's shell.
     * An instruction inside ONBUILD gets the ONBUILD's.
     */
    public Optional<String> shellAt(Instruction instruction) {
        Map.Entry<Integer, String> entry = shellByOffset.floorEntry(instruction.range().startOffset());
        return entry == null || entry.getValue().isEmpty() ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** Follows the shell through the file as hadolint's ShellCheck rule does. */
    private static final class ShellTracker {

        /** The shell from each instruction's start on; "" for the default. */
        private final NavigableMap<Integer, String> byOffset = new TreeMap<>();
        private final List<String> stageNames = new ArrayList<>();
        private final List<String> stageShells = new ArrayList<>();
        private String fileDefault;
        private String current;

        void pragma(Pragma pragma) {
            if (pragma instanceof Pragma.Shell shell) {
                if (stageShells.isEmpty()) {
                    fileDefault = shell.shell();
                }
                set(shell.shell());
            }
        }

        void instruction(Instruction instruction) {
            if (instruction instanceof FromInstruction from) {
                current = fileDefault;
                String image = from.image().map(Word::text).orElse("");
                int earlier = stageNames.indexOf(image);
                if (earlier >= 0) {
                    current = stageShells.get(earlier);
                }
                stageNames.add(from.stageName().map(Word::text).orElse(null));
                stageShells.add(current);
            } else if (instruction instanceof ShellInstruction shell && !shell.shell().isEmpty()) {
                set(String.join(" ", shell.shell().stream().map(Word::text).toList()));
            }
            byOffset.put(instruction.range().startOffset(), current == null ? "" : current);
        }

        private void set(String shell) {
            current = shell;
            if (!stageShells.isEmpty()) {
                stageShells.set(stageShells.size() - 1, shell);
            }
        }
    }
}
