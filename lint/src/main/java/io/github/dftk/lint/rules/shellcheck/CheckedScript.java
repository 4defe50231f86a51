package io.github.dftk.lint.rules.shellcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A RUN script as ShellCheck gets it: one {@code export NAME=1 …} line declares the ARG and
 * ENV names in scope (so ShellCheck does not call them unassigned, as in hadolint), put first,
 * or second when the script starts with a {@code #!} line, which must stay first. Positions in
 * ShellCheck's report map back to offsets in the script.
 *
 * @param text       what ShellCheck checks
 * @param script     the RUN's script
 * @param exportLine the 1-based line of {@code text} that dftk added
 */
record CheckedScript(String text, String script, int exportLine) {

    /** The same declarations before another script (the script with a fix applied). */
    CheckedScript withScript(String other) {
        String declarations = text.lines().skip(exportLine - 1).findFirst().orElse("");
        return of(other, declarations);
    }

    static CheckedScript of(String script, Collection<String> names) {
        return of(script, names.isEmpty() ? ":" : "export " + String.join("=1 ", names) + "=1");
    }

    private static CheckedScript of(String script, String exports) {
        int firstLineEnd = 0;
        if (script.startsWith("#!")) {
            int newline = script.indexOf('\n');
            firstLineEnd = newline < 0 ? script.length() : newline + 1;
        }
        String head = script.substring(0, firstLineEnd);
        String text = head + (head.isEmpty() || head.endsWith("\n") ? "" : "\n") + exports + "\n"
                + script.substring(firstLineEnd);
        return new CheckedScript(text, script, head.isEmpty() ? 1 : 2);
    }

    /** The script offset of a position in {@code text}; empty on the added line. */
    Optional<Integer> scriptOffset(ShellCheckComment.Position position) {
        if (position.line() == exportLine) {
            return Optional.empty();
        }
        int line = position.line() < exportLine ? position.line() : position.line() - 1;
        List<Integer> starts = lineStarts();
        if (line < 1 || line > starts.size()) {
            return Optional.of(script.length());
        }
        int offset = starts.get(line - 1);
        int lineEnd = line < starts.size() ? starts.get(line) - 1 : script.length();
        // ShellCheck counts characters (code points), Java strings UTF-16 units.
        for (int column = 1; column < position.column() && offset < lineEnd; column++) {
            offset += Character.charCount(script.codePointAt(offset));
        }
        return Optional.of(offset);
    }

    private List<Integer> lineStarts() {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < script.length(); i++) {
            if (script.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
