package io.github.dftk.ir.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextCopiesTest {

    private static final String MULTI_STAGE = """
            ARG VERSION=1.0
            ARG DIR=src
            FROM alpine AS build
            ARG DIR
            ENV APP=app-$VERSION
            COPY ${DIR}/main.c $APP.txt /out/
            FROM build AS child
            COPY $APP.txt /x/
            FROM alpine
            ARG DIR=lib
            COPY --from=build /out /out
            COPY $DIR/ /lib/
            """;

    private static ContextCopies copies(String dockerfile, Map<String, String> buildArgs) {
        ParseResult r = DockerfileParser.parse(dockerfile);
        return ContextCopies.of(r, buildArgs);
    }

    private static List<String> paths(ContextCopy copy) {
        return copy.sources().stream().map(CopySource::path).toList();
    }

    @Test
    void argumentsAreScopedAsBuildKitScopesThem() {
        ContextCopies c = copies(MULTI_STAGE, Map.of());
        assertThat(c.copies()).hasSize(3);
        assertThat(paths(c.copies().get(0))).as("global DIR redeclared; VERSION not redeclared")
                .containsExactly("src/main.c", "app-.txt");
        assertThat(paths(c.copies().get(1))).as("a stage FROM a stage inherits its environment")
                .containsExactly("app-.txt");
        assertThat(paths(c.copies().get(2))).as("a stage default beats the global value").containsExactly("lib/");
    }

    @Test
    void buildArgsOverrideDefaults() {
        ContextCopies c = copies(MULTI_STAGE, Map.of("DIR", "x", "VERSION", "2"));
        assertThat(paths(c.copies().get(0))).containsExactly("x/main.c", "app-.txt");
        assertThat(paths(c.copies().get(2))).containsExactly("x/");
    }

    @Test
    void onlyStagesTheLastStageNeedsAreBuilt() {
        ContextCopies c = copies(MULTI_STAGE, Map.of());
        assertThat(c.copies()).extracting(ContextCopy::built).containsExactly(true, false, true);
        assertThat(c.copies()).extracting(ContextCopy::stageName).containsExactly("build", "child", "stage-2");
        assertThat(c.usedPaths()).containsExactly("app-.txt", "lib", "src/main.c");
    }

    @Test
    void envPairsSeeTheEnvironmentBeforeTheInstruction() {
        ContextCopies c = copies("FROM alpine\nENV A=1 B=x$A\nENV C=$A$B\nCOPY $B $C /\n", Map.of());
        assertThat(paths(c.copies().get(0))).containsExactly("x", "1x");
    }

    @Test
    void platformArgsAreGlobalAndRedeclaredInStages() {
        ContextCopies c = copies("FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /\n", Map.of());
        assertThat(paths(c.copies().get(0))).containsExactly("bin/amd64/app");
        ContextCopies arm = copies("FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /\n",
                Map.of("TARGETARCH", "arm64"));
        assertThat(paths(arm.copies().get(0))).containsExactly("bin/arm64/app");
    }

    @Test
    void sourceKindsHeredocsAndFlags() {
        ContextCopies c = copies("""
                FROM alpine
                ADD https://example.com/a.tgz git@github.com:moby/buildkit.git https://github.com/moby/moby.git local /x/
                COPY --parents --exclude=*.md --exclude=*.txt <<EOF docs/ /d/
                hello
                EOF
                """, Map.of());
        assertThat(c.copies().get(0).sources()).extracting(CopySource::kind).containsExactly(CopySourceKind.URL,
                CopySourceKind.GIT, CopySourceKind.GIT, CopySourceKind.CONTEXT);
        ContextCopy copy = c.copies().get(1);
        assertThat(copy.sources()).extracting(CopySource::kind).containsExactly(CopySourceKind.HEREDOC, CopySourceKind.CONTEXT);
        assertThat(copy.parents()).isTrue();
        assertThat(copy.excludes()).containsExactly("*.md", "*.txt");
        assertThat(copy.keyword()).isEqualTo("COPY");
        assertThat(c.usedPaths()).containsExactly("docs", "local");
    }

    @Test
    void aBindMountOfTheWholeContextUsesEverything() {
        ContextCopies c = copies("FROM alpine\nCOPY a /a\nRUN --mount=type=bind,target=/src make\n", Map.of());
        assertThat(c.usedPaths()).containsExactly(".");
        ContextCopies fromStage = copies("FROM alpine AS b\nFROM alpine\nRUN --mount=from=b,target=/b true\nCOPY a /\n",
                Map.of());
        assertThat(fromStage.usedPaths()).containsExactly("a");
    }

    @Test
    void expansionErrorsAreKept() {
        ContextCopies c = copies("FROM alpine\nCOPY ${MISSING:?is required} /\n", Map.of());
        assertThat(c.copies().get(0).sources().get(0).expansionError()).isPresent();
    }
}
