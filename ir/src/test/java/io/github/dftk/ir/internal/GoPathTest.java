package io.github.dftk.ir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's path.Clean test table (path/path_test.go), plus Join, Dir and Base. */
class GoPathTest {

    @ParameterizedTest(name = "Clean({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "''|.", "abc|abc", "abc/def|abc/def", "a/b/c|a/b/c", ".|.", "..|..", "../..|../..", "../../abc|../../abc",
        "/abc|/abc", "/|/", "abc/|abc", "abc/def/|abc/def", "a/b/c/|a/b/c", "./|.", "../|..", "../../|../..",
        "/abc/|/abc", "abc//def//ghi|abc/def/ghi", "//abc|/abc", "///abc|/abc", "//abc//|/abc", "abc//|abc",
        "abc/./def|abc/def", "/./abc/def|/abc/def", "abc/.|abc", "abc/def/ghi/../jkl|abc/def/jkl",
        "abc/def/../ghi/../jkl|abc/jkl", "abc/def/..|abc", "abc/def/../..|.", "/abc/def/../..|/",
        "abc/def/../../..|..", "/abc/def/../../..|/", "abc/def/../../../ghi/jkl/../../../mno|../../mno",
        "abc/./../def|def", "abc//./../def|def", "abc/../../././../def|../../def"})
    void clean(String path, String cleaned) {
        assertThat(GoPath.clean(path)).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "Dir({0}) = {1}, Base = {2}")
    @CsvSource(delimiter = '|', value = {
        "''|.|.", ".|.|.", "/.|/|.", "/|/|/", "////|/|/", "/foo|/|foo", "x/|x|x", "abc|.|abc", "abc/def|abc|def",
        "a/b/.x|a/b|.x", "a/b/c.|a/b|c.", "a/b/c.x|a/b|c.x"})
    void dirAndBase(String path, String dir, String base) {
        assertThat(GoPath.dir(path)).isEqualTo(dir);
        assertThat(GoPath.base(path)).isEqualTo(base);
    }

    @ParameterizedTest(name = "Join({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {"a|b|a/b", "a|''|a", "''|b|b", "/|a|/a", "/|''|/", "a/|b|a/b",
        "a/|''|a", "''|''|''", "/|../x|/x"})
    void join(String a, String b, String joined) {
        assertThat(GoPath.join(a, b)).isEqualTo(joined);
    }
}
