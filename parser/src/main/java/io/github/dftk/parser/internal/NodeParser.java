package io.github.dftk.parser.internal;

import io.github.dftk.ast.Keyword;
import io.github.dftk.parser.ArgumentSyntax;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** BuildKit's {@code newNodeFromLine}: keyword, flags and the keyword's line parser. */
public final class NodeParser {

    private final Function<String, ArgumentSyntax> syntaxOf;
    private final char escape;

    /**
     * @param syntaxOf the argument syntax of a lower-case keyword ({@link ArgumentSyntax#IGNORED} if unknown)
     */
    public NodeParser(Function<String, ArgumentSyntax> syntaxOf, char escape) {
        this.syntaxOf = syntaxOf;
        this.escape = escape;
    }

    public RawNode parse(String line) {
        return parse(line, 0, line.length());
    }

    RawNode parse(String line, int from, int to) {
        CommandSplit split = CommandSplit.of(line, from, to);
        String keyword = Keyword.normalize(split.command().text());
        ArgumentSyntax syntax = syntaxOf.apply(keyword);
        int rs = split.restStart();
        int re = split.restEnd();
        if (syntax == ArgumentSyntax.SUB_COMMAND) {
            if (rs == re) {
                return new RawNode(split.command(), keyword, split.flags(), List.of(), false, rs, re, Optional.empty(),
                        Optional.empty());
            }
            RawNode child = parse(line, rs, re);
            return new RawNode(split.command(), keyword, split.flags(), List.of(), false, rs, re, Optional.of(child),
                    child.error());
        }
        LineParsers.Parsed parsed = new LineParsers(line, escape).parse(syntax, keyword, rs, re);
        return new RawNode(split.command(), keyword, split.flags(), parsed.args(), parsed.json(), rs, re,
                Optional.empty(), parsed.error());
    }

    /**
     * BuildKit's {@code canContainHeredoc}: RUN, COPY and ADD (also inside ONBUILD), not in
     * JSON form.
     */
    public static boolean canContainHeredoc(RawNode node) {
        RawNode target = node;
        if (node.name().equals("onbuild") && node.child().isPresent()) {
            target = node.child().get();
        }
        String keyword = target.name();
        return (keyword.equals("run") || keyword.equals("copy") || keyword.equals("add")) && !target.json();
    }
}
