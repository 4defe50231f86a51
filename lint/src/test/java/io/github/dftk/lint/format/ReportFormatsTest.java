package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void theFormatsAreHadolintsByTheirNames() {
        assertThat(ReportFormats.names()).containsExactly("tty", "json", "checkstyle", "codeclimate",
                "gitlab_codeclimate", "gnu", "codacy", "sonarqube", "sarif");
        assertThat(ReportFormats.standard().name()).isEqualTo("tty");
    }

    @Test
    void findByExactName() {
        assertThat(ReportFormats.find("gitlab_codeclimate")).get().extracting(ReportFormat::name)
                .isEqualTo("gitlab_codeclimate");
        assertThat(ReportFormats.find("JSON")).isEmpty();
        assertThat(ReportFormats.find("junit")).isEmpty();
    }

    @Test
    void everyFormatDescribesItself() {
        assertThat(ReportFormats.all()).allSatisfy(format -> assertThat(format.description()).isNotBlank());
    }
}
