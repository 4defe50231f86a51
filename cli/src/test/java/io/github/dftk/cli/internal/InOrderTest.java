package io.github.dftk.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeBackInItemOrderWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<String> results = InOrder.map(items, 4, item -> {
            LockSupport.parkNanos((40 - item) * 200_000L); // the first items finish last
            return "#" + item;
        });
        assertThat(results).isEqualTo(items.stream().map(item -> "#" + item).toList());
    }

    @Test
    void aTaskThatThrowsThrowsInTheCaller() {
        assertThatThrownBy(() -> InOrder.map(List.of(1, 2, 3), 2, item -> {
            if (item == 2) {
                throw new IllegalArgumentException("two");
            }
            return item;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("two");
    }
}
