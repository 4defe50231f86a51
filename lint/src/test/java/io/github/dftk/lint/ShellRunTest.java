package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellRunTest {

    private static List<ShellRun> runs(String text) {
        ParseResult parsed = DockerfileParser.parse(text);
        return new LintContext(LintInput.of("Dockerfile", text), parsed, LintConfig.defaults()).shellRuns();
    }

    @Test
    void shellFormRunsOnbuildTriggersAndExecFormArgumentsAreParsed() {
        List<ShellRun> runs = runs("""
                FROM alpine
                RUN apk add curl && cd /tmp
                RUN ["echo", "exec form"]
                ONBUILD RUN make install
                """);
        assertThat(runs).extracting(run -> run.script().commands().get(0).commandName())
                .containsExactly("apk", "echo", "make");
        assertThat(runs).extracting(ShellRun::onbuild).containsExactly(false, false, true);
        assertThat(runs).extracting(ShellRun::execForm).containsExactly(false, true, false);
        assertThat(runs.get(0).script().commands()).hasSize(2);
        // hadolint joins the arguments with spaces: "exec form" becomes two words, each at its JSON string
        assertThat(runs.get(1).script().commands().get(0).arguments()).extracting(w -> w.value())
                .containsExactly("exec", "form");
        assertThat(runs.get(1).script().range(runs.get(1).script().commands().get(0).arguments().get(1)))
                .satisfies(range -> assertThat(range.startLine()).isEqualTo(3))
                .satisfies(range -> assertThat(range.startColumn()).isEqualTo(20));
    }

    @Test
    void runsUnderANonPosixShellAreSkippedUntilTheShellChangesBack() {
        List<ShellRun> runs = runs("""
                FROM mcr.microsoft.com/windows/servercore
                SHELL ["powershell", "-Command"]
                RUN Get-ChildItem
                SHELL ["/bin/bash", "-c"]
                RUN ls -la
                """);
        assertThat(runs).extracting(run -> run.script().commands().get(0).commandName()).containsExactly("ls");
    }

    @Test
    void theHadolintShellPragmaDeclaresTheBaseImagesShell() {
        List<ShellRun> runs = runs("""
                # hadolint shell=pwsh
                FROM mcr.microsoft.com/powershell
                RUN Write-Host hi
                """);
        assertThat(runs).isEmpty();
    }

    @Test
    void runsBeforeTheFirstFromBelongToNoStage() {
        List<ShellRun> runs = runs("""
                RUN top
                FROM alpine
                RUN ps
                """);
        assertThat(runs).extracting(run -> run.stage().isPresent()).containsExactly(false, true);
    }

    @Test
    void aHereDocumentWhoseShebangNamesAnotherInterpreterIsNotShell() {
        List<ShellRun> runs = runs("""
                FROM python:3
                RUN <<EOF
                #!/usr/bin/env python3
                print("a" | "b")
                EOF
                RUN <<EOF
                #!/usr/bin/env -S bash -e
                echo a | cat
                EOF
                """);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).shebang()).contains("bash -e");
    }
}
