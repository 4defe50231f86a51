package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SARIF golden ({@code expected.sarif.json}) is valid against the OASIS SARIF 2.1.0
 * schema in {@code ${dftk.shared}/schemas}, and the validator does reject invalid logs.
 */
class SarifSchemaTest {

    private static Schema sarif;

    @BeforeAll
    static void loadSchema() throws IOException {
        String shared = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(),
                "system property dftk.shared is not set (the parent pom sets it): SARIF not validated");
        Path file = Path.of(shared, "schemas", "sarif-schema-2.1.0.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no SARIF schema at " + file + ": SARIF not validated");
        sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @TestFactory
    Stream<DynamicTest> goldensAreValidSarif() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : FormatCase.directories()) {
            Path golden = dir.resolve("expected.sarif.json");
            tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () ->
                    assertThat(errors(Files.readString(golden, StandardCharsets.UTF_8))).as(golden.toString()).isEmpty()));
        }
        return tests.stream();
    }

    @Test
    void theValidatorRejectsBrokenLogs() throws IOException {
        String valid = ReportFormatCasesTest.render(FormatCase.load(FormatCase.directories().stream()
                .filter(dir -> dir.endsWith("basic")).findFirst().orElseThrow()),
                ReportFormatCasesTest.VARIANTS.stream().filter(v -> v.format().equals("sarif")).findFirst().orElseThrow());
        assertThat(errors(valid)).isEmpty();
        assertThat(errors(valid.replace("\"level\": \"warning\"", "\"level\": \"fatal\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"startLine\": 2", "\"startLine\": 0"))).isNotEmpty();
        assertThat(errors(valid.replace("\"ruleId\": \"DL3006\",", "\"ruleId\": \"DL3006\", \"bogus\": 1,")))
                .isNotEmpty();
        assertThat(errors(valid.replace("{\"uri\": \"Dockerfile\"", "{\"uri\": \"a b\""))).isNotEmpty();
    }

    private static List<Error> errors(String log) {
        return sarif.validate(log, InputFormat.JSON);
    }
}
