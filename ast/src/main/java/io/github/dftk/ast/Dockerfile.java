package io.github.dftk.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Dockerfile: its directives, instructions in order, and every comment line.
 *
 * @param directives parser directives at the top
 * @param instructions all instructions in file order (stages are derived from FROM)
 * @param comments every comment line, directives and those inside continuations included
 * @param escapeChar the escape character ({@code \} or {@code `})
 * @param range the whole text
 */
public record Dockerfile(List<Directive> directives, List<Instruction> instructions, List<Comment> comments,
        char escapeChar, SourceRange range) {

    public Dockerfile {
        directives = List.copyOf(directives);
        instructions = List.copyOf(instructions);
        comments = List.copyOf(comments);
    }

    /** Instructions grouped by stage; instructions before the first FROM are not in any stage. */
    public List<Stage> stages() {
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
        return stages;
    }

    /** The instructions before the first FROM (global ARGs, or misplaced instructions). */
    public List<Instruction> preamble() {
        List<Instruction> out = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof FromInstruction) {
                break;
            }
            out.add(instruction);
        }
        return out;
    }
}
