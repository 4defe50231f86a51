package io.github.dftk.ir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyChecksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0644|",
        "7777|",
        "0|",
        "u+x|",
        "u=rwx,go=rx|",
        "go=u-w|",
        "+X|",
        "a=|",
        "10000|invalid chmod parameter: '10000'. it should be octal string and between 0 and 07777",
        "0o644|invalid chmod parameter: '0o644'. it should be octal string and between 0 and 07777",
        "9|invalid chmod parameter: '9'. it should be octal string and between 0 and 07777",
        "u|invalid syntax",
        "u+x,|invalid syntax",
        "rwx|invalid syntax",
        "u+q|invalid syntax",
    })
    void chmod(String value, String error) {
        assertThat(CopyChecks.chmodError(value).orElse(null)).isEqualTo(error);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d|",
        "sha256:24454F830CDB571E2C4AD15481119C43B3CAFD48DD869A9B2945D1036D1DC68D|invalid checksum digest format",
        "sha256:abc|invalid checksum digest length",
        "sha512:abc|invalid checksum digest length",
        "md5:abc|unsupported digest algorithm",
        "MD5:abc|invalid checksum digest format",
        "abc|invalid checksum digest format",
        ":abc|invalid checksum digest format",
        "sha256:|invalid checksum digest format",
    })
    void digest(String value, String error) {
        assertThat(CopyChecks.digestError(value).orElse(null)).isEqualTo(error);
    }
}
