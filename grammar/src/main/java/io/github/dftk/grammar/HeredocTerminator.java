package io.github.dftk.grammar;

/**
 * The line that ends a heredoc body.
 *
 * @param name the terminator word
 * @param chomp {@code <<-}: leading tabs are ignored when matching the terminator line
 */
public record HeredocTerminator(String name, boolean chomp) {
}
