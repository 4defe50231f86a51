package io.github.dftk.ir.context.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cached automaton answers exactly as the direct simulation, on the expressions .dockerignore lines produce. */
class GoRegexpPropertyTest {

    @Property(tries = 3000)
    void cachedStatesAgreeWithSimulation(@ForAll("patterns") String pattern, @ForAll("paths") String path) {
        IgnoreGlob glob = IgnoreGlob.compile(pattern);
        if (glob.kind() != IgnoreGlob.Kind.REGEXP || glob.error().isPresent()) {
            return;
        }
        GoRegexp regexp;
        try {
            regexp = GoRegexp.compile(glob.expression());
        } catch (GoRegexp.SyntaxException e) {
            throw new AssertionError("compiled once already", e);
        }
        boolean simulated = regexp.simulate(path);
        assertThat(regexp.matches(path)).as("%s on %s", glob.expression(), path).isEqualTo(simulated);
        assertThat(regexp.matches(path)).as("again, from the cache").isEqualTo(simulated);
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("*?[]^/.ab\\-").ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab/.-^[]").withChars('\u00e9').ofMaxLength(14);
    }
}
