package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheClosestKeywordWithinTwoEdits() {
        List<String> keywords = List.of("FROM", "RUN", "COPY", "EXPOSE", "HEALTHCHECK");
        assertThat(DidYouMean.closest("FORM", keywords, false)).contains("FROM");
        assertThat(DidYouMean.closest("runn", keywords, false)).contains("run"); // takes the value's case
        assertThat(DidYouMean.closest("EXPOSED", keywords, false)).contains("EXPOSE");
        assertThat(DidYouMean.closest("XYZZY", keywords, false)).isEmpty();
        assertThat(DidYouMean.closest("", keywords, false)).isEmpty(); // every keyword is 3 edits away
        assertThat(DidYouMean.closest("abc", List.of("abd", "abc"), true)).isEmpty(); // exact: no suggestion
        assertThat(DidYouMean.closest("ab", List.of("abc", "abd"), true)).contains("abc"); // first of the closest
        assertThat(DidYouMean.closest("Run", List.of("run"), true)).contains("run");
        assertThat(DidYouMean.wrap("m", "cahce", List.of("cache"), true)).isEqualTo("m (did you mean cache?)");
    }

    @Property(tries = 500)
    void bandedDistanceAgreesWithTheFullOne(@ForAll @StringLength(max = 8) String a, @ForAll @StringLength(max = 8) String b,
            @ForAll @IntRange(min = 0, max = 3) int max) {
        int full = full(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
        assertThat(DidYouMean.distance(a.toLowerCase(Locale.ROOT).codePoints().toArray(),
                b.toLowerCase(Locale.ROOT).codePoints().toArray(), max)).isEqualTo(Math.min(full, max + 1));
    }

    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
