package io.github.dftk.lint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the data-driven {@link ConfigCasesTest} cannot hold: a config file too large to commit. */
class ConfigLoaderTest {

    @Test
    void aConfigFileOverTheLimitIsNotRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve(".hadolint.yaml");
        Files.writeString(big, "ignored: [DL3008]\n" + "#".repeat(YamlConfigReader.MAX_BYTES) + "\n");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(CommandLineSettings.none(), Map.of("HOME", dir.toString()), dir));

        assertThat(e.getMessage()).isEqualTo(".hadolint.yaml: the config file is " + Files.size(big)
                + " bytes long — a config file is read only up to 1048576 bytes"
                + " — check that this is the config file you meant");
        assertThat(e.problems()).hasSize(1);
    }
}
