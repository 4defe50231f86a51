package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs/rules.md} is what {@code dftk rules -f md} prints; {@code -Ddftk.updateGolden=true} rewrites it. */
class RulesDocTest {

    @TempDir
    Path dir;

    @Test
    void rulesDocIsGeneratedFromTheRules() throws IOException {
        Path doc = Golden.area("parse").getParent().resolveSibling("docs").resolve("rules.md");
        Cli.Result r = Cli.run(dir, "rules", "--format", "md");
        assertThat(r.exit()).isZero();
        if (Boolean.getBoolean("dftk.updateGolden")) {
            Files.writeString(doc, r.out());
        }
        assertThat(r.out()).as("docs/rules.md: regenerate with -Ddftk.updateGolden=true").isEqualTo(Files.readString(doc));
    }

    @Test
    void everyRuleIsListedWithItsMetadata() {
        Cli.Result text = Cli.run(dir, "rules");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("DL1000").containsPattern("\\d+ rules?\\n$");
        Cli.Result json = Cli.run(dir, "rules", "-f", "json");
        assertThat(json.out()).contains("\"code\": \"DL1000\"", "\"family\": \"dftk\"", "\"severity\": \"error\"");
    }
}
