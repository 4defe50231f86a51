package io.github.dftk.lint.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the ShellCheck rule runs the program, with fake programs in a temporary directory (so
 * these tests need no ShellCheck): a report mapped back to the Dockerfile, a program that
 * hangs, one that is missing, one that writes no report. The other rules always run.
 */
class ShellCheckTest {

    private static final String DOCKERFILE = "FROM debian:latest\nRUN echo $HOME\nRUN ls \\\n  && echo $HOME\n";

    @TempDir
    Path dir;

    private Path program(String name, String body) throws IOException {
        Path program = dir.resolve(name);
        Files.writeString(program, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }

    private static LintResult lint(ShellCheck shellCheck) {
        return new Linter(RuleRegistry.standard(shellCheck), LintConfig.defaults())
                .lint(LintInput.of("Dockerfile", DOCKERFILE));
    }

    @Test
    void eachCommentIsAFindingUnderItsCodeAtItsPlaceInTheDockerfile() throws IOException {
        // Line 1 of each checked file is dftk's export line; 0.sh is the first RUN, 1.sh the second.
        Path fake = program("shellcheck", """
                cat <<'JSON'
                {"comments":[
                 {"file":"0.sh","line":2,"endLine":2,"column":6,"endColumn":11,"level":"info","code":2086,
                  "message":"Double quote to prevent globbing and word splitting.","fix":{"replacements":[
                   {"line":2,"endLine":2,"column":6,"endColumn":6,"insertionPoint":"afterEnd","precedence":7,"replacement":"\\""},
                   {"line":2,"endLine":2,"column":11,"endColumn":11,"insertionPoint":"beforeStart","precedence":7,"replacement":"\\""}]}},
                 {"file":"1.sh","line":2,"endLine":2,"column":14,"endColumn":19,"level":"warning","code":2154,
                  "message":"HOME is referenced but not assigned.","fix":null}]}
                JSON
                exit 1
                """);
        LintResult result = lint(ShellCheck.find(Optional.of(fake), Map.of()));

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.code().startsWith("SC"))
                .extracting(f -> f.range() + " " + f.severity().label() + " " + f.code() + " " + f.rule().docUrl())
                .containsExactly(
                        "2:10-2:15 info SC2086 https://www.shellcheck.net/wiki/SC2086",
                        // 'ls   && echo $HOME' in the script: the continuation maps back to line 4
                        "4:11-4:16 warning SC2154 https://www.shellcheck.net/wiki/SC2154");
        Finding quoting = result.findings().stream().filter(f -> f.code().equals("SC2086")).findFirst().orElseThrow();
        assertThat(quoting.fix()).hasValueSatisfying(fix ->
                assertThat(fix.apply(DOCKERFILE)).contains("RUN echo \"$HOME\"\n"));
    }

    @Test
    void aProgramThatHangsIsStoppedAtTheTimeoutWithOneNoticeAndNotWaitedForAgain() throws IOException {
        Path hanging = program("shellcheck", "sleep 60\n");
        ShellCheck shellCheck = ShellCheck.find(Optional.of(hanging), Map.of()).withTimeout(Duration.ofMillis(500));
        long start = System.nanoTime();
        LintResult result = lint(shellCheck);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.notices()).singleElement().asString().startsWith("ShellCheck timed out:")
                .contains("ran longer than 500 ms");
        assertThat(result.findings()).extracting(Finding::code).containsExactly("DL3007");
        assertThat(result.ruleFailures()).isEmpty();

        long again = System.nanoTime();
        assertThat(lint(shellCheck).notices()).isEqualTo(result.notices());
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(450));
    }

    @Test
    void aMissingProgramGivesOneNoticeAndTheOtherRulesStillRun() {
        LintResult result = lint(ShellCheck.find(Optional.of(dir.resolve("no-such-shellcheck")), Map.of()));

        assertThat(result.notices()).singleElement().asString()
                .startsWith("ShellCheck not run: " + dir.resolve("no-such-shellcheck") + " is not an executable file");
        assertThat(result.findings()).extracting(Finding::code).containsExactly("DL3007");
    }

    @Test
    void noShellCheckOnThePathIsNotFound() {
        assertThat(ShellCheck.find(Optional.empty(), Map.of("PATH", dir.toString())).program()).isEmpty();
    }

    @Test
    void theProgramIsFoundOnThePath() throws IOException {
        Path fake = program("shellcheck", "exit 0\n");
        assertThat(ShellCheck.find(Optional.empty(), Map.of("PATH", "/nonexistent:" + dir)).program()).contains(fake);
    }

    @Test
    void aProgramThatWritesNoReportGivesANotice() throws IOException {
        Path broken = program("shellcheck", "echo 'not json'; exit 1\n");
        LintResult result = lint(ShellCheck.find(Optional.of(broken), Map.of()));

        assertThat(result.notices()).singleElement().asString().startsWith("ShellCheck failed:");
        assertThat(result.findings()).extracting(Finding::code).containsExactly("DL3007");
    }

    @Test
    void severityOverridesAndIgnoreNameTheScCode() throws IOException {
        Path fake = program("shellcheck", """
                echo '{"comments":[{"file":"0.sh","line":2,"endLine":2,"column":6,"endColumn":11,"level":"info",\
                "code":2086,"message":"m","fix":null},{"file":"0.sh","line":2,"endLine":2,"column":1,"endColumn":5,\
                "level":"style","code":2000,"message":"n","fix":null}]}'
                """);
        LintConfig config = LintConfig.defaults().withSeverityOverrides(Map.of("SC2086", LintSeverity.ERROR))
                .withIgnored(java.util.Set.of("SC2000"));
        LintResult result = new Linter(RuleRegistry.standard(ShellCheck.find(Optional.of(fake), Map.of())), config)
                .lint(LintInput.of("Dockerfile", DOCKERFILE));

        assertThat(result.findings()).filteredOn(f -> f.code().startsWith("SC"))
                .extracting(f -> f.code() + " " + f.severity().label()).containsExactly("SC2086 error");
        assertThat(RuleRegistry.standard().find("sc2086")).map(r -> r.meta().code()).contains("SC");
    }
}
