package io.github.dftk.parser.shell;

/**
 * A piece of a parsed shell script. Offsets are 0-based indices into the script text (end
 * exclusive); {@link ShellScript#range} maps them to the Dockerfile.
 */
public interface ShellNode {

    int start();

    int end();
}
