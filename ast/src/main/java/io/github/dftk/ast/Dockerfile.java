package io.github.dftk.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed Dockerfile: its directives, instructions in order, and every comment line. A class
 * rather than a record so that the stages, which every lint rule asks for, are grouped once.
 */
public final class Dockerfile {

    private final List<Directive> directives;
    private final List<Instruction> instructions;
    private final List<Comment> comments;
    private final char escapeChar;
    private final SourceRange range;
    private final List<Stage> stages;
    private final List<Instruction> preamble;

    /**
     * @param directives parser directives at the top
     * @param instructions all instructions in file order (stages are derived from FROM)
     * @param comments every comment line, directives and those inside continuations included
     * @param escapeChar the escape character ({@code \} or {@code `})
     * @param range the whole text
     */
    public Dockerfile(List<Directive> directives, List<Instruction> instructions, List<Comment> comments,
            char escapeChar, SourceRange range) {
        this.directives = List.copyOf(directives);
        this.instructions = List.copyOf(instructions);
        this.comments = List.copyOf(comments);
        this.escapeChar = escapeChar;
        this.range = Objects.requireNonNull(range);
        this.stages = group(this.instructions);
        int firstFrom = 0;
        while (firstFrom < this.instructions.size() && !(this.instructions.get(firstFrom) instanceof FromInstruction)) {
            firstFrom++;
        }
        this.preamble = this.instructions.subList(0, firstFrom);
    }

    public List<Directive> directives() {
        return directives;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<Comment> comments() {
        return comments;
    }

    public char escapeChar() {
        return escapeChar;
    }

    public SourceRange range() {
        return range;
    }

    /** Instructions grouped by stage; instructions before the first FROM are not in any stage. */
    public List<Stage> stages() {
        return stages;
    }

    /** The instructions before the first FROM (global ARGs, or misplaced instructions). */
    public List<Instruction> preamble() {
        return preamble;
    }

    private static List<Stage> group(List<Instruction> instructions) {
        List<Stage> stages = new ArrayList<>();
        FromInstruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof FromInstruction next) {
                if (from != null) {
                    stages.add(new Stage(stages.size(), from, body));
                }
                from = next;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(new Stage(stages.size(), from, body));
        }
        return List.copyOf(stages);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dockerfile that && escapeChar == that.escapeChar && directives.equals(that.directives)
                && instructions.equals(that.instructions) && comments.equals(that.comments) && range.equals(that.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directives, instructions, comments, escapeChar, range);
    }

    @Override
    public String toString() {
        return "Dockerfile[directives=" + directives + ", instructions=" + instructions + ", comments=" + comments
                + ", escapeChar=" + escapeChar + ", range=" + range + "]";
    }
}
