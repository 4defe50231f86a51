package io.github.dftk.parser;

import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.GoStrings;

/**
 * BuildKit's {@code Node.Dump()} text of a parsed file: one {@code (keyword ["flags"] "arg"...)}
 * line per instruction, values quoted as Go's {@code strconv.Quote} does. This is the format of
 * BuildKit's parser test results, so dftk's parse can be compared with BuildKit's byte for byte.
 */
public final class BuildKitDump {

    private BuildKitDump() {
    }

    /** The dump followed by one newline, as BuildKit's {@code result} files hold it. */
    public static String of(Dockerfile dockerfile) {
        StringBuilder out = new StringBuilder(256);
        for (Instruction instruction : dockerfile.instructions()) {
            out.append('(').append(node(instruction.syntax())).append(")\n");
        }
        return out.toString();
    }

    /** One node, trimmed as BuildKit trims every node's dump. */
    private static String node(InstructionSyntax syntax) {
        StringBuilder out = new StringBuilder(64);
        out.append(syntax.keyword().name());
        if (!syntax.flags().isEmpty()) {
            out.append(" [");
            boolean first = true;
            for (Flag flag : syntax.flags()) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                GoStrings.appendQuoted(out, flag.text());
            }
            out.append(']');
        }
        if (syntax.nested().isPresent()) {
            out.append(" (").append(node(syntax.nested().get())).append(')');
        } else {
            for (Word argument : syntax.arguments()) {
                out.append(' ');
                GoStrings.appendQuoted(out, argument.text());
            }
        }
        return GoStrings.trimSpace(out.toString());
    }
}
