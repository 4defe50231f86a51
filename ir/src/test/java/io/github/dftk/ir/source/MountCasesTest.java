package io.github.dftk.ir.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/mounts/cases.txt}: each line is a {@code --mount} value and what
 * {@link MountSpecs#parse} makes of it (see {@link MountText}). Parameters: {@code @workdir},
 * {@code @ssh-index}, {@code @env NAME=value} (expansion is the real shell lexer's, as
 * BuildKit's) and {@code @env-clear}.
 */
class MountCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        CaseFile file = CaseFile.load("mounts/cases.txt");
        String workdir = "/";
        int sshIndex = 0;
        Map<String, String> env = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile.Line line : file.lines()) {
            if (line.directive() != null) {
                switch (line.directive()) {
                    case "workdir" -> workdir = line.input();
                    case "ssh-index" -> sshIndex = Integer.parseInt(line.input());
                    case "env" -> {
                        int eq = line.input().indexOf('=');
                        env.put(line.input().substring(0, eq), line.input().substring(eq + 1));
                    }
                    case "env-clear" -> env.clear();
                    default -> throw new IllegalStateException(file.path() + ":" + line.number()
                            + ": unknown parameter @" + line.directive());
                }
                continue;
            }
            MountContext ctx = MountContext.shell(workdir, ShellLexer.DEFAULT, Env.of(Map.copyOf(env)), sshIndex);
            boolean withOffset = line.expected().startsWith("error@");
            tests.add(DynamicTest.dynamicTest(line.name(), () ->
                    assertThat(MountText.of(MountSpecs.parse(line.input(), ctx), withOffset))
                            .isEqualTo(line.expected())));
        }
        return tests.stream();
    }
}
