package io.github.dftk.ir.internal;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.source.Mount;
import io.github.dftk.ir.source.MountContext;
import io.github.dftk.ir.source.MountSpecs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which stages each stage reads, known before any stage is lowered, as BuildKit collects
 * them: FROM an earlier stage, COPY --from and RUN --mount from= naming any stage (an earlier
 * one, or a later one, which is an error only when the stage is built). From these come
 * BuildKit's cycle check and the stages a target needs.
 */
final class StageDependencies {

    /** Stage {@code stage} is read by the instruction at {@code where}. */
    record Dependency(int stage, SourceRange where) {
    }

    /** A cycle: reached from {@code stage}, through the instruction at {@code where}. */
    record Cycle(int stage, SourceRange where) {
    }

    private final List<List<Dependency>> dependencies;

    private StageDependencies(List<List<Dependency>> dependencies) {
        this.dependencies = dependencies;
    }

    /**
     * @param replaced whether a named context stands in for a stage
     * @param baseStage the stage a stage's FROM names, if it names an earlier one
     * @param stageNamed the stage a {@code --from}/{@code from=} value names (a name or an index)
     * @param literal whether a COPY --from value has no variable (others are an error and read nothing)
     */
    static StageDependencies of(List<Stage> stages, Predicate<Stage> replaced, Function<Stage, OptionalInt> baseStage,
            Function<String, OptionalInt> stageNamed, Predicate<String> literal) {
        List<List<Dependency>> all = new ArrayList<>(stages.size());
        for (Stage stage : stages) {
            List<Dependency> reads = new ArrayList<>();
            if (replaced.test(stage)) {
                all.add(reads); // a named context stands in for the stage: it reads nothing
                continue;
            }
            baseStage.apply(stage).ifPresent(base -> reads.add(new Dependency(base,
                    stage.from().image().map(Word::range).orElse(stage.from().range()))));
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
                    String from = copy.from().get().valueOrEmpty();
                    if (literal.test(from)) {
                        stageNamed.apply(from).ifPresent(s -> reads.add(new Dependency(s, copy.from().get().range())));
                    }
                } else if (instruction instanceof RunInstruction run) {
                    for (Flag flag : run.mounts()) {
                        if (MountSpecs.parse(flag.valueOrEmpty(), MountContext.of("/")) instanceof Mount mount
                                && mount.from().isPresent()) {
                            stageNamed.apply(mount.from().get()).ifPresent(s -> reads.add(new Dependency(s, flag.range())));
                        }
                    }
                }
            }
            all.add(reads);
        }
        return new StageDependencies(all);
    }

    /**
     * BuildKit's check: a depth-first walk from each stage in file order; the first stage from
     * which a walk comes back to a stage on its path is the one reported.
     */
    Optional<Cycle> cycle() {
        BitSet visited = new BitSet();
        BitSet path = new BitSet();
        for (int stage = 0; stage < dependencies.size(); stage++) {
            Optional<SourceRange> where = walk(stage, visited, path);
            if (where.isPresent()) {
                return Optional.of(new Cycle(stage, where.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first instruction on a path from {@code root} that closes a cycle, if one is reachable.
     * Iterative, so that a long chain of stages cannot overflow the stack.
     */
    private Optional<SourceRange> walk(int root, BitSet visited, BitSet path) {
        if (visited.get(root)) {
            return Optional.empty();
        }
        Deque<int[]> stack = new ArrayDeque<>(); // {stage, index of the next dependency to follow}
        visited.set(root);
        path.set(root);
        stack.push(new int[] {root, 0});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            List<Dependency> reads = dependencies.get(frame[0]);
            if (frame[1] == reads.size()) {
                path.clear(frame[0]);
                stack.pop();
                continue;
            }
            int next = reads.get(frame[1]++).stage();
            if (path.get(next)) {
                return Optional.of(dependencies.get(root).get(stack.peekLast()[1] - 1).where());
            }
            if (!visited.get(next)) {
                visited.set(next);
                path.set(next);
                stack.push(new int[] {next, 0});
            }
        }
        return Optional.empty();
    }

    /** The stages building {@code target} builds: it and everything it reads, transitively. */
    BitSet needed(int target) {
        BitSet needed = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        if (target >= 0 && target < dependencies.size()) {
            todo.push(target);
        }
        while (!todo.isEmpty()) {
            int stage = todo.pop();
            if (!needed.get(stage)) {
                needed.set(stage);
                dependencies.get(stage).forEach(d -> todo.push(d.stage()));
            }
        }
        return needed;
    }
}
