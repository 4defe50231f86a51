package io.github.dftk.lint.config;

import io.github.dftk.parser.DidYouMean;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the configuration. The location stays in fields and is added only when
 * rendering: {@code source:line:col: what — why — fix}.
 *
 * @param source   the config file as named to the user, an environment variable or an option
 * @param position where in the file, 1-based; empty for the environment, options and whole files
 */
public record ConfigProblem(String source, Optional<Position> position, String what, String why, String fix) {

    /** A 1-based line and column in a config file. */
    public record Position(int line, int column) {
    }

    public ConfigProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
    }

    public String render() {
        return source + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": " + what + " — " + why
                + " — " + fix;
    }

    // The messages, one method each, so that every wording lives here.

    static ConfigProblem unreadable(String file, String reason) {
        return new ConfigProblem(file, Optional.empty(), "cannot read the config file: " + reason,
                "the settings are read from this file", "check the path and the file's permissions");
    }

    static ConfigProblem tooLarge(String file, long size, int limit) {
        return new ConfigProblem(file, Optional.empty(), "the config file is " + size + " bytes long",
                "a config file is read only up to " + limit + " bytes", "check that this is the config file you meant");
    }

    static ConfigProblem malformedYaml(String file, Optional<Position> at, String problem, String context) {
        return new ConfigProblem(file, at, "malformed YAML: " + problem,
                context.isEmpty() ? "the config file must be valid YAML" : context,
                "correct the YAML syntax here");
    }

    static ConfigProblem overLimit(String file, String limit) {
        return new ConfigProblem(file, Optional.empty(), "the YAML is not read: " + limit,
                "config files are read within limits, so that a small file cannot expand into a huge one",
                "write the settings out in full, without anchors and aliases");
    }

    static ConfigProblem secondDocument(String file, Optional<Position> at) {
        return new ConfigProblem(file, at, "a second YAML document starts here",
                "a config file holds one mapping of settings", "remove the '---' and merge the settings into one mapping");
    }

    static ConfigProblem notAMapping(String file, Optional<Position> at, String key, String found) {
        String what = key.isEmpty() ? "the config file holds " + found + ", not a mapping"
                : "'" + key + "' must be a mapping, not " + found;
        return new ConfigProblem(file, at, what, "settings are written as 'name: value' lines",
                key.isEmpty() ? "write one setting per line, such as 'failure-threshold: warning'"
                        : "write '" + key + ":' and below it indented 'name: value' lines");
    }

    static ConfigProblem keyNotAName(String file, Optional<Position> at, String found) {
        return new ConfigProblem(file, at, "a key must be a name, not " + found,
                "settings are written as 'name: value' lines", "write the setting's name before the colon");
    }

    static ConfigProblem unknownKey(String file, Optional<Position> at, String section, String key, List<String> keys) {
        String where = section.isEmpty() ? "" : " under '" + section + "'";
        return new ConfigProblem(file, at, "unknown key '" + key + "'" + where,
                "hadolint and dftk do not read it, so it would have no effect",
                suggest(key, keys, "use one of " + String.join(", ", keys) + ", or remove it"));
    }

    static ConfigProblem duplicateKey(String file, Optional<Position> at, String key, int firstLine) {
        return new ConfigProblem(file, at, "duplicate key '" + key + "'",
                "it is already set on line " + firstLine + " and only one value can hold", "keep one of the two");
    }

    static ConfigProblem notBoolean(String file, Optional<Position> at, String key, String found) {
        return new ConfigProblem(file, at, "'" + key + "' must be true or false, not " + found,
                "YAML reads only true and false (unquoted) as booleans", "write '" + key + ": true' or '" + key
                        + ": false'");
    }

    static ConfigProblem notText(String file, Optional<Position> at, String key, String found) {
        return new ConfigProblem(file, at, "'" + key + "' must be a single name, not " + found,
                "'" + key + "' takes one value", "write '" + key + ": <name>'");
    }

    static ConfigProblem notList(String file, Optional<Position> at, String key, String found) {
        return new ConfigProblem(file, at, "'" + key + "' must be a list, not " + found,
                "'" + key + "' takes any number of entries", "write '" + key + ": [a, b]' or one '- a' line per entry");
    }

    static ConfigProblem notListEntry(String file, Optional<Position> at, String key, String found) {
        return new ConfigProblem(file, at, "an entry of '" + key + "' must be a single name, not " + found,
                "each entry of '" + key + "' names one thing", "write one name per entry");
    }

    static ConfigProblem unknownThreshold(String source, Optional<Position> at, String value) {
        return new ConfigProblem(source, at, "unknown failure threshold '" + value + "'",
                "the threshold is the lowest severity that makes the run fail (none or ignore: any finding)",
                suggest(value, ConfigValues.THRESHOLDS, "use one of " + String.join(", ", ConfigValues.THRESHOLDS)));
    }

    static ConfigProblem unknownSeverity(String file, Optional<Position> at, String value) {
        return new ConfigProblem(file, at, "unknown severity '" + value + "' under 'override'",
                "override lists the rule codes to report at each severity",
                value.equals("ignore") || value.equals("none") ? "list the rules to turn off under 'ignored'"
                        : suggest(value, ConfigValues.OVERRIDE_LEVELS,
                                "use one of " + String.join(", ", ConfigValues.OVERRIDE_LEVELS)));
    }

    static ConfigProblem unknownFormat(String source, Optional<Position> at, String value) {
        return new ConfigProblem(source, at, "unknown output format '" + value + "'",
                "the format must be one hadolint knows",
                suggest(value, OutputSettings.FORMATS, "use one of " + String.join(", ", OutputSettings.FORMATS)));
    }

    static ConfigProblem unknownLabelType(String source, Optional<Position> at, String label, String value) {
        return new ConfigProblem(source, at, "unknown label type '" + value + "' for label '" + label + "'",
                "label-schema names the format each label's value must have",
                suggest(value, ConfigValues.LABEL_TYPES, "use one of " + String.join(", ", ConfigValues.LABEL_TYPES)));
    }

    static ConfigProblem missingLabelType(String file, Optional<Position> at, String label) {
        return new ConfigProblem(file, at, "no label type for label '" + label + "'",
                "label-schema names the format each label's value must have",
                "write '" + label + ": text' to require the label with any value, or another of "
                        + String.join(", ", ConfigValues.LABEL_TYPES));
    }

    static ConfigProblem unknownFamily(String source, Optional<Position> at, String value) {
        return new ConfigProblem(source, at, "unknown rule family '" + value + "'",
                "only these rule families can be chosen (dftk's own rules always run)",
                suggest(value, ConfigValues.FAMILIES, "use one of " + String.join(", ", ConfigValues.FAMILIES)));
    }

    static ConfigProblem emptyLabelName(String source, String value) {
        return new ConfigProblem(source, Optional.empty(), "no label name in '" + value + "'",
                "a required label is written name:type", "write it as, for example, maintainer:text");
    }

    private static String suggest(String value, List<String> options, String otherwise) {
        return DidYouMean.closest(value, options, true).map(s -> "did you mean '" + s + "'?").orElse(otherwise);
    }
}
