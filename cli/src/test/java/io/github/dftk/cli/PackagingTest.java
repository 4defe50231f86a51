package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CLI's classpath is what the shaded jar contains: JMH must not be on it (it is optional in bench). */
class PackagingTest {

    @Test
    void jmhIsNotADependencyOfTheCli() {
        assertThatThrownBy(() -> Class.forName("org.openjdk.jmh.annotations.Benchmark"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
