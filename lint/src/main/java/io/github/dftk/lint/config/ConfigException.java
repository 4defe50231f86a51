package io.github.dftk.lint.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The configuration cannot be used: each problem names where it is (file, line and column, an
 * environment variable or an option), what is wrong, why and how to fix it. The message is the
 * problems rendered one per line, ready for stderr; the command line exits with status 2.
 */
public final class ConfigException extends Exception {

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::render).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
