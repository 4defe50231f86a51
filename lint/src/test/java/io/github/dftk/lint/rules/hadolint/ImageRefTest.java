package io.github.dftk.lint.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How image references split into registry, path, tag and digest (DL3006, DL3007, DL3026 read them). */
class ImageRefTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "debian                         | -              | debian        | -      | -",
        "debian:12                      | -              | debian        | 12     | -",
        "library/debian:12              | -              | library/debian| 12     | -",
        "docker.io/zemanlx/ubuntu:18.04 | docker.io      | zemanlx/ubuntu| 18.04  | -",
        "localhost/app                  | localhost      | app           | -      | -",
        "localhost:5000/app:1           | localhost:5000 | app           | 1      | -",
        "registry:5000/team/app         | registry:5000  | team/app      | -      | -",
        "alpine@sha256:abc              | -              | alpine        | -      | sha256:abc",
        "alpine:3@sha256:abc            | -              | alpine        | 3      | sha256:abc",
    })
    void splitsAReference(String reference, String registry, String path, String tag, String digest) {
        assertThat(ImageRef.parse(reference)).isEqualTo(new ImageRef(Optional.ofNullable(registry), path,
                Optional.ofNullable(tag), Optional.ofNullable(digest)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "debian:12                  | docker.io       | true",
        "debian:12                  | hub.docker.com  | true",
        "debian:12                  | trusted.com     | false",
        "docker.io/library/debian   | docker.io       | true",
        "foo.random.com/debian      | *.random.com    | true",
        "random.com/debian          | *.random.com    | false",
        "x.com/debian               | *               | true",
    })
    void trustsRegistries(String reference, String trusted, boolean expected) {
        assertThat(DL3026.trusts(List.of(trusted), ImageRef.parse(reference))).isEqualTo(expected);
    }
}
