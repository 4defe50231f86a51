package io.github.dftk.lint.format;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule metadata the format cases refer to, written out here so the cases do not depend on
 * the rules themselves (which are being written in parallel).
 */
final class TestRules {

    private static final String HADOLINT = "https://github.com/hadolint/hadolint/wiki/";
    private static final String SHELLCHECK = "https://www.shellcheck.net/wiki/";
    private static final String BUILDKIT = "https://docs.docker.com/go/dockerfile/rule/";

    private static final Map<String, RuleMeta> BY_CODE = List.of(
            new RuleMeta("DL1000", RuleFamily.DFTK, LintSeverity.ERROR, "syntax",
                    "The Dockerfile does not parse, or BuildKit rejects an instruction",
                    "https://docs.docker.com/reference/dockerfile/", false, false),
            hadolint("DL3006", LintSeverity.WARNING, "Always tag the version of an image explicitly"),
            hadolint("DL3008", LintSeverity.WARNING, "Pin versions in apt-get install"),
            hadolint("DL3015", LintSeverity.INFO, "Avoid additional packages by specifying --no-install-recommends"),
            hadolint("DL3016", LintSeverity.WARNING, "Pin versions in npm"),
            hadolint("DL3019", LintSeverity.INFO, "Use the --no-cache switch with apk add"),
            hadolint("DL3048", LintSeverity.STYLE, "Invalid label key"),
            hadolint("DL3059", LintSeverity.INFO, "Multiple consecutive RUN instructions"),
            hadolint("DL4000", LintSeverity.ERROR, "MAINTAINER is deprecated"),
            new RuleMeta("SC2086", RuleFamily.SHELLCHECK, LintSeverity.INFO, "shell",
                    "Double quote to prevent globbing and word splitting", SHELLCHECK + "SC2086", false, false),
            buildkit("StageNameCasing", "Stage names should be lowercase", "stage-name-casing/", true),
            buildkit("JSONArgsRecommended", "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended "
                    + "behavior related to OS signals", "json-args-recommended/", true),
            buildkit("WorkdirRelativePath", "Relative workdir without an absolute workdir declared within the build "
                    + "can have unexpected results if the base image changes", "workdir-relative-path/", false))
            .stream().collect(Collectors.toMap(RuleMeta::code, Function.identity()));

    private TestRules() {
    }

    static RuleMeta get(String code) {
        RuleMeta rule = BY_CODE.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("no test rule " + code + ": add it to TestRules");
        }
        return rule;
    }

    private static RuleMeta hadolint(String code, LintSeverity severity, String description) {
        return new RuleMeta(code, RuleFamily.HADOLINT, severity, "best-practice", description, HADOLINT + code,
                false, false);
    }

    private static RuleMeta buildkit(String code, String description, String page, boolean fixable) {
        return new RuleMeta(code, RuleFamily.BUILDKIT, LintSeverity.WARNING, "best-practice", description,
                BUILDKIT + page, fixable, false);
    }
}
