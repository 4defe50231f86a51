package io.github.dftk.lint.rules.shellcheck;

import io.github.dftk.lint.LintSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One comment of ShellCheck's {@code json1} output. Lines and columns are 1-based, counted in
 * characters (a tab is one column), the end exclusive.
 *
 * @param code         ShellCheck's number ({@code 2086})
 * @param level        {@code error}, {@code warning}, {@code info} or {@code style}
 * @param replacements ShellCheck's fix, empty when it has none
 */
public record ShellCheckComment(int code, String level, String message, Position start, Position end,
        List<Replacement> replacements) {

    public ShellCheckComment {
        replacements = List.copyOf(replacements);
    }

    /** A place in the checked text. */
    public record Position(int line, int column) {
    }

    /** Replace {@code [start, end)} with {@code text}. */
    public record Replacement(Position start, Position end, String text) {
    }

    /** hadolint's severity for ShellCheck's level; anything unknown is an error, as in hadolint. */
    public LintSeverity severity() {
        return switch (level) {
            case "warning" -> LintSeverity.WARNING;
            case "info" -> LintSeverity.INFO;
            case "style" -> LintSeverity.STYLE;
            default -> LintSeverity.ERROR;
        };
    }

    /**
     * The comments of a {@code json1} report on one script (read from standard input, so
     * every comment is on file {@code -}). YAML 1.2 reads JSON, so the config file's parser
     * reads this too.
     */
    static List<ShellCheckComment> parse(String json) {
        List<ShellCheckComment> out = new ArrayList<>();
        Object root = new Load(LoadSettings.builder().build()).loadFromString(json);
        for (Object item : (List<?>) ((Map<?, ?>) root).get("comments")) {
            Map<?, ?> comment = (Map<?, ?>) item;
            List<Replacement> replacements = new ArrayList<>();
            if (comment.get("fix") instanceof Map<?, ?> fix) {
                for (Object r : (List<?>) fix.get("replacements")) {
                    Map<?, ?> replacement = (Map<?, ?>) r;
                    replacements.add(new Replacement(position(replacement, "line", "column"),
                            position(replacement, "endLine", "endColumn"), String.valueOf(replacement.get("replacement"))));
                }
            }
            out.add(new ShellCheckComment(number(comment, "code"), String.valueOf(comment.get("level")),
                    String.valueOf(comment.get("message")), position(comment, "line", "column"),
                    position(comment, "endLine", "endColumn"), replacements));
        }
        return List.copyOf(out);
    }

    private static Position position(Map<?, ?> map, String line, String column) {
        return new Position(number(map, line), number(map, column));
    }

    private static int number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }
}
