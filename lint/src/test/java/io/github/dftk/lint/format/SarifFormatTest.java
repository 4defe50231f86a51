package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifFormatTest {

    @Test
    void relativeNamesArePercentEncodedUriReferences() {
        assertThat(SarifFormat.uri("Dockerfile")).isEqualTo("Dockerfile");
        assertThat(SarifFormat.uri("path with spaces/Dockerfile.dev")).isEqualTo("path%20with%20spaces/Dockerfile.dev");
        assertThat(SarifFormat.uri("docker/Café#1?.df")).isEqualTo("docker/Caf%C3%A9%231%3F.df");
    }

    @Test
    void aColonCannotMakeARelativeNameLookLikeAScheme() {
        assertThat(SarifFormat.uri("c:Dockerfile")).isEqualTo("c%3ADockerfile");
    }

    @Test
    void absolutePathsAreFileUris() {
        assertThat(SarifFormat.uri("/src/app/Dockerfile")).isEqualTo("file:///src/app/Dockerfile");
    }
}
