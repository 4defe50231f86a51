package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden reports: every case of {@code testdata/lint/formats} (see {@link FormatCase}) in every
 * format, {@code tty} also with colour, details or both, compared with
 * {@code expected.<variant>}. Rewrite with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class ReportFormatCasesTest {

    /** One golden file per case: a format with options. */
    record Variant(String golden, String format, UnaryOperator<ReportOptions> options) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("expected.tty.txt", "tty", o -> o),
            new Variant("expected.tty-color.txt", "tty", o -> o.withColor(true)),
            new Variant("expected.tty-details.txt", "tty", o -> o.withDetails(true)),
            new Variant("expected.tty-details-color.txt", "tty", o -> o.withDetails(true).withColor(true)),
            new Variant("expected.json", "json", o -> o),
            new Variant("expected.checkstyle.xml", "checkstyle", o -> o),
            new Variant("expected.codeclimate", "codeclimate", o -> o),
            new Variant("expected.gitlab_codeclimate.json", "gitlab_codeclimate", o -> o),
            new Variant("expected.gnu.txt", "gnu", o -> o),
            new Variant("expected.codacy.jsonl", "codacy", o -> o),
            new Variant("expected.sonarqube.json", "sonarqube", o -> o),
            new Variant("expected.sarif.json", "sarif", o -> o));

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : FormatCase.directories()) {
            FormatCase c = FormatCase.load(dir);
            for (Variant variant : VARIANTS) {
                tests.add(DynamicTest.dynamicTest(c.name() + ": " + variant.golden(), () -> {
                    String actual = render(c, variant);
                    Path golden = dir.resolve(variant.golden());
                    if (update) {
                        Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(golden).as("golden file is missing: run with -Ddftk.updateGolden=true and review it")
                            .exists();
                    assertThat(actual).as("output differs from %s (-Ddftk.updateGolden=true rewrites it)", golden)
                            .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyFormatHasGoldens() {
        assertThat(VARIANTS.stream().map(Variant::format).distinct()).containsExactlyElementsOf(ReportFormats.names());
    }

    static String render(FormatCase c, Variant variant) throws IOException {
        StringBuilder out = new StringBuilder();
        ReportFormats.find(variant.format()).orElseThrow()
                .write(c.results(), variant.options().apply(c.options()), out);
        return out.toString();
    }
}
