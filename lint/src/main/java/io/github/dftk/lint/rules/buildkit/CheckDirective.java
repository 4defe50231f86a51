package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Comment;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.LintContext;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.SyntaxDirectives;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file configures BuildKit's checks: the {@code BUILDKIT_DOCKERFILE_CHECK} build arg
 * when it is given (it replaces the directive entirely), else the {@code # check=} parser
 * directive; and the {@code # check=} comments above single instructions.
 *
 * @param options the file-wide options ({@link CheckOptions#NONE} when they do not parse)
 * @param problem why the options do not parse, in BuildKit's words, and where; BuildKit then
 *     fails before running any check
 */
public record CheckDirective(CheckOptions options, Optional<Problem> problem) {

    /** The build arg that replaces the {@code # check=} directive. */
    public static final String BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";

    /** BuildKit's directive pattern, applied to a comment's text after {@code #}. */
    private static final Pattern COMMENT_DIRECTIVE =
            Pattern.compile("^[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*$");

    /** @param message e.g. {@code failed to parse check options: invalid check option "eror"} */
    public record Problem(String message, SourceRange range) {
    }

    private static final LintContext.Analysis<CheckDirective> OF_FILE = CheckDirective::read;

    /** The file's check configuration, read once (the filter and DL1000 both ask). */
    public static CheckDirective of(LintContext context) {
        return context.analysis(OF_FILE);
    }

    private static CheckDirective read(LintContext context) {
        ParseResult parsed = context.parsed();
        Map<String, String> buildArgs = context.input().build().buildArgs();
        if (buildArgs.containsKey(BUILD_ARG)) {
            return read(buildArgs.get(BUILD_ARG), "failed to parse build-arg:" + BUILD_ARG + ": ",
                    parsed.range(0, 0));
        }
        return SyntaxDirectives.parseDirective("check", parsed.text())
                // BuildKit reads the directive's value up to its first space, so "# check=skip=X // why" works
                .map(d -> read(d.ref(), "failed to parse check options: ", Locations.line(parsed, d.line())))
                .orElse(new CheckDirective(CheckOptions.NONE, Optional.empty()));
    }

    private static CheckDirective read(String value, String context, SourceRange where) {
        CheckOptions.Parsed parsed = CheckOptions.parse(value);
        if (parsed instanceof CheckOptions.Valid valid) {
            return new CheckDirective(valid.options(), Optional.empty());
        }
        return new CheckDirective(CheckOptions.NONE,
                Optional.of(new Problem(context + ((CheckOptions.Invalid) parsed).message(), where)));
    }

    /**
     * The options of the first {@code # check=} comment among an instruction's comments, read up
     * to its first space; none when there is no such comment or it does not parse (BuildKit
     * ignores it silently).
     */
    public static CheckOptions ofComments(List<Comment> comments) {
        for (Comment comment : comments) {
            Matcher m = COMMENT_DIRECTIVE.matcher(comment.text());
            if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).equals("check")) {
                String value = m.group(2);
                int space = value.indexOf(' ');
                CheckOptions.Parsed parsed = CheckOptions.parse(space < 0 ? value : value.substring(0, space));
                return parsed instanceof CheckOptions.Valid valid ? valid.options() : CheckOptions.NONE;
            }
        }
        return CheckOptions.NONE;
    }
}
