package io.github.dftk.parser.shell;

/**
 * {@code NAME=value} (or {@code NAME+=value}, {@code NAME[i]=value}) before a command's name,
 * or alone.
 *
 * @param name the variable name, subscript excluded
 * @param append {@code +=}
 * @param value the value (may be empty; an array value is one {@link WordPart.ArrayLiteral} part)
 * @param word the whole assignment as one word
 */
public record Assignment(String name, boolean append, ShellWord value, ShellWord word) implements ShellNode {

    @Override
    public int start() {
        return word.start();
    }

    @Override
    public int end() {
        return word.end();
    }
}
