package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.rules.shellcheck.ShellCheck;

/**
 * Whether the tests can run ShellCheck. Without it the ShellCheck tests report themselves as
 * not run; on CI ({@code CI} set), which installs it, a missing ShellCheck fails them instead.
 */
public final class ShellCheckAvailability {

    public static final String MISSING = "shellcheck is not on the PATH (apt-get install shellcheck; .ci/run installs it)";

    private ShellCheckAvailability() {
    }

    public static boolean present() {
        boolean present = ShellCheck.onPath().program().isPresent();
        if (System.getenv("CI") != null) {
            assertThat(present).as("on CI: " + MISSING).isTrue();
        }
        return present;
    }
}
