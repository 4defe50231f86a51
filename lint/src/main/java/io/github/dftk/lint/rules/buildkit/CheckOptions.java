package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.GoStrings;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What BuildKit's {@code check} options say: {@code skip=all} or {@code skip=A,B},
 * {@code experimental=all} or {@code experimental=A,B}, {@code error=<bool>}, up to three
 * {@code ;}-separated parts, read as BuildKit's {@code ParseLintOptions} reads them.
 */
public record CheckOptions(boolean skipAll, Set<String> skip, boolean experimentalAll, Set<String> experimental,
        boolean error) {

    /** No options: every rule that is not experimental runs, findings stay warnings. */
    public static final CheckOptions NONE = new CheckOptions(false, Set.of(), false, Set.of(), false);

    public CheckOptions {
        skip = Set.copyOf(skip);
        experimental = Set.copyOf(experimental);
    }

    /** The options, or BuildKit's words for why they do not parse. */
    public sealed interface Parsed permits Valid, Invalid {
    }

    public record Valid(CheckOptions options) implements Parsed {
    }

    /** @param message e.g. {@code invalid check option "eror"} */
    public record Invalid(String message) implements Parsed {
    }

    public static Parsed parse(String text) {
        String trimmed = GoStrings.trimSpace(text);
        if (trimmed.isEmpty()) {
            return new Valid(NONE);
        }
        boolean skipAll = false;
        boolean experimentalAll = false;
        boolean error = false;
        Set<String> skip = Set.of();
        Set<String> experimental = Set.of();
        for (String part : trimmed.split(";", 3)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return new Invalid("invalid check option " + GoStrings.quote(part));
            }
            String key = GoStrings.trimSpace(part.substring(0, eq));
            String value = GoStrings.trimSpace(part.substring(eq + 1));
            switch (key) {
                case "skip" -> {
                    skipAll = value.equals("all");
                    skip = skipAll ? Set.of() : names(value);
                }
                case "experimental" -> {
                    experimentalAll = value.equals("all");
                    experimental = experimentalAll ? Set.of() : names(value);
                }
                case "error" -> {
                    Boolean parsed = goParseBool(value);
                    if (parsed == null) {
                        return new Invalid("failed to parse check option " + GoStrings.quote(part)
                                + ": strconv.ParseBool: parsing " + GoStrings.quote(value) + ": invalid syntax");
                    }
                    error = parsed;
                }
                default -> {
                    return new Invalid("invalid check option " + GoStrings.quote(key));
                }
            }
        }
        return new Valid(new CheckOptions(skipAll, skip, experimentalAll, experimental, error));
    }

    /**
     * Whether {@code rule} runs under these (the file's) options merged with {@code local} (an
     * instruction's {@code # check=} comment). Experimental rules run only when enabled, and
     * {@code skip} does not turn an enabled one off; the others run unless skipped.
     */
    public boolean runs(RuleMeta rule, CheckOptions local) {
        String name = rule.code();
        if (rule.experimental()) {
            return experimentalAll || experimental.contains(name) || local.experimentalAll
                    || local.experimental.contains(name);
        }
        return !(skipAll || skip.contains(name) || local.skipAll || local.skip.contains(name));
    }

    private static Set<String> names(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : list.split(",", -1)) {
            out.add(GoStrings.trimSpace(name));
        }
        return out;
    }

    /** Go's {@code strconv.ParseBool}: null for anything else. */
    private static Boolean goParseBool(String value) {
        return switch (value) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }
}
