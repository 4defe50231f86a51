package io.github.dftk.lint.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleRegistry;
import io.github.dftk.lint.ShellCheckAvailability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the ShellCheck rule runs the program, with fake programs in a temporary directory (so
 * these tests need no ShellCheck, but one that runs the real one on a large script): a report
 * mapped back to the Dockerfile, the arguments and standard input a program gets, a large
 * script and report through the pipes, a program that hangs, one that is missing, one that
 * writes no report. The other rules always run.
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
        // Line 1 of each script on standard input is dftk's export line; the second RUN runs ls; once
        // the fix is applied, the first RUN is quiet.
        Path fake = program("shellcheck", """
                case "$(cat)" in
                *'"$HOME"'*) echo '{"comments":[]}'; exit 0;;
                *ls*) cat <<'JSON'
                {"comments":[
                 {"file":"-","line":2,"endLine":2,"column":14,"endColumn":19,"level":"warning","code":2154,
                  "message":"HOME is referenced but not assigned.","fix":null}]}
                JSON
                ;;
                *) cat <<'JSON'
                {"comments":[
                 {"file":"-","line":2,"endLine":2,"column":6,"endColumn":11,"level":"info","code":2086,
                  "message":"Double quote to prevent globbing and word splitting.","fix":{"replacements":[
                   {"line":2,"endLine":2,"column":6,"endColumn":6,"insertionPoint":"afterEnd","precedence":7,"replacement":"\\""},
                   {"line":2,"endLine":2,"column":11,"endColumn":11,"insertionPoint":"beforeStart","precedence":7,"replacement":"\\""}]}}]}
                JSON
                ;;
                esac
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
    void eachScriptIsFedOnStandardInputToItsOwnProcessStartedWithoutAShell() throws IOException {
        // The arguments as the program got them, and what it read: a shell would have split or expanded them.
        Path fake = program("shellcheck", """
                input=$(cat)
                printf '{"comments":[{"file":"-","line":2,"endLine":2,"column":1,"endColumn":1,"level":"info",\
                "code":1,"message":"%s | %s","fix":null}]}' "$*" "$(printf '%s' "$input" | tail -n 1)"
                """);
        LintResult result = lint(ShellCheck.find(Optional.of(fake), Map.of()));

        assertThat(result.findings()).filteredOn(f -> f.code().equals("SC1"))
                .extracting(f -> f.range() + " " + f.message()).containsExactly(
                        "2:5-2:5 --format=json1 --norc --shell=sh --exclude=1090,1091,2187 - | echo $HOME",
                        "3:5-3:5 --format=json1 --norc --shell=sh --exclude=1090,1091,2187 - | ls   && echo $HOME");
    }

    @Test
    void aLargeScriptAndALargeReportPassThroughThePipesWithoutDeadlock() throws IOException {
        // 300 KB of report before reading a word of the script: both pipes fill up at once.
        Path fake = program("shellcheck", """
                pad=$(head -c 300000 /dev/zero | tr '\\0' x)
                printf '{"comments":[{"file":"-","line":2,"endLine":2,"column":1,"endColumn":1,"level":"style",\
                "code":1,"message":"%s","fix":null},' "$pad"
                input=$(cat)
                lines=$(printf '%s\\n' "$input" | wc -l)
                last=$(printf '%s\\n' "$input" | tail -n 1)
                printf '{"file":"-","line":%d,"endLine":%d,"column":1,"endColumn":%d,"level":"info","code":2,\
                "message":"%s","fix":null}]}' "$lines" "$lines" $((${#last} + 1)) "$last"
                exit 1
                """);
        StringBuilder dockerfile = new StringBuilder("FROM debian:12\nRUN <<EOF\n");
        String words = " x".repeat(50);
        for (int i = 1; i <= 2_000; i++) {
            dockerfile.append("echo ").append(i).append(words).append('\n');
        }
        dockerfile.append("EOF\n");
        assertThat(dockerfile.length()).isGreaterThan(200_000);
        LintResult result = new Linter(RuleRegistry.standard(ShellCheck.find(Optional.of(fake), Map.of())),
                LintConfig.defaults()).lint(LintInput.of("Dockerfile", dockerfile.toString()));

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.code().startsWith("SC"))
                .extracting(f -> f.range() + " " + f.code() + " " + f.message().length() + " " + f.message().substring(0, 4))
                .containsExactly("3:1-3:1 SC1 300000 xxxx", "2002:1-2002:110 SC2 109 echo");
        assertThat(result.findings()).filteredOn(f -> f.code().equals("SC2")).singleElement()
                .extracting(Finding::message).isEqualTo("echo 2000" + words);
    }

    @Test
    void shellCheckChecksALargeScriptAndItsFindingsMapToTheDockerfile() {
        Assumptions.assumeTrue(ShellCheckAvailability.present(), ShellCheckAvailability.MISSING + ": not run");
        String line = "echo '" + "x".repeat(1_000) + "'\n";
        String dockerfile = "FROM debian:12\nRUN <<EOF\n" + line.repeat(250) + "echo $undefined_name\nEOF\n";
        assertThat(dockerfile.length()).isGreaterThan(200_000);
        LintResult result = new Linter(RuleRegistry.standard(ShellCheck.onPath()), LintConfig.defaults())
                .lint(LintInput.of("Dockerfile", dockerfile));

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.code().startsWith("SC"))
                .extracting(f -> f.range() + " " + f.code())
                .containsExactlyInAnyOrder("253:6-253:21 SC2154", "253:6-253:21 SC2086");
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
    void aScriptThatHangsIsStoppedWithItsChildrenWhileTheOthersAreChecked() throws Exception {
        // The second RUN hangs in a child process, which holds the output pipes open; the first answers.
        Path pids = dir.resolve("pids");
        Path fake = program("shellcheck", """
                case "$(cat)" in
                *ls*) sleep 60 & echo $$ $! >> '%s'; wait;;
                *) echo '{"comments":[]}';;
                esac
                """.formatted(pids));
        long start = System.nanoTime();
        LintResult result = lint(ShellCheck.find(Optional.of(fake), Map.of()).withTimeout(Duration.ofMillis(500)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.notices()).singleElement().asString().startsWith("ShellCheck timed out:");
        List<Long> started = Stream.of(Files.readString(pids).strip().split("\\s+")).map(Long::valueOf).toList();
        assertThat(started).hasSize(2);
        for (long pid : started) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().onExit().get(5, TimeUnit.SECONDS);
            }
        }
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
                case "$(cat)" in *ls*) echo '{"comments":[]}'; exit 0;; esac
                echo '{"comments":[{"file":"-","line":2,"endLine":2,"column":6,"endColumn":11,"level":"info",\
                "code":2086,"message":"m","fix":null},{"file":"-","line":2,"endLine":2,"column":1,"endColumn":5,\
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
