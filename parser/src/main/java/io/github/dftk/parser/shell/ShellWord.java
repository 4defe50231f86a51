package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Optional;

/**
 * A shell word: {@code apt-get}, {@code "$HOME/x"}, {@code pkg=1.2}.
 *
 * @param parts what it is made of, in order
 * @param text the word as written in the script
 * @param value the word after quote removal, with each expansion left as written
 *     ({@code "a b"$x} is {@code a b$x}): what rules compare against
 * @param start where it starts in the script
 * @param end where it ends
 */
public record ShellWord(List<WordPart> parts, String text, String value, int start, int end) implements ShellNode {

    public ShellWord {
        parts = List.copyOf(parts);
    }

    /** Whether any part expands at run time (parameter, command substitution, arithmetic, …). */
    public boolean hasExpansion() {
        return hasExpansion(parts);
    }

    /** The value, when the word has no expansion. */
    public Optional<String> literal() {
        return hasExpansion() ? Optional.empty() : Optional.of(value);
    }

    /** Whether the word is exactly this unquoted text: how reserved words such as {@code if} are recognised. */
    public boolean isUnquoted(String word) {
        return text.equals(word) && value.equals(word);
    }

    private static boolean hasExpansion(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.DoubleQuoted quoted) {
                if (hasExpansion(quoted.parts())) {
                    return true;
                }
            } else if (!(part instanceof WordPart.Literal || part instanceof WordPart.SingleQuoted
                    || part instanceof WordPart.AnsiCQuoted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
