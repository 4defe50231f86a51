package io.github.dftk.ir.context.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** moby/patternmatcher's compileTests: the match kind and the regular expression of each pattern. */
class IgnoreGlobTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "*|REGEXP|^[^/]*$",
        "file*|REGEXP|^file[^/]*$",
        "*file|REGEXP|^[^/]*file$",
        "a*/b|REGEXP|^a[^/]*/b$",
        "**|SUFFIX|''",
        "**/**|REGEXP|^(.*/)?.*$",
        "dir/**|PREFIX|''",
        "**/dir|SUFFIX|''",
        "**/dir2/*|REGEXP|^(.*/)?dir2/[^/]*$",
        "**/dir2/**|REGEXP|^(.*/)?dir2/.*$",
        "**file|SUFFIX|''",
        "**/file*txt|REGEXP|^(.*/)?file[^/]*txt$",
        "**/**/*.txt|REGEXP|^(.*/)?(.*/)?[^/]*\\.txt$",
        "a[b-d]e|REGEXP|^a[b-d]e$",
        ".*|REGEXP|^\\.[^/]*$",
        "abc.def|EXACT|''",
        "abc?def|REGEXP|^abc[^/]def$",
        "**/foo/bar|SUFFIX|''",
        "a(b)c/def|EXACT|''",
        "'a.|)$(}+{bc'|EXACT|''",
        "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl|EXACT|''"})
    void compilesAsMobyDoes(String pattern, IgnoreGlob.Kind kind, String expression) {
        IgnoreGlob glob = IgnoreGlob.compile(pattern);
        assertThat(glob.kind()).isEqualTo(kind);
        assertThat(glob.expression()).isEqualTo(expression);
        assertThat(glob.error()).isEmpty();
    }
}
