package io.github.dftk.lsp;

import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.ParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * {@code textDocument/hover}: what the word under the cursor means. On a keyword, the
 * instruction's description; on a stage name ({@code FROM … AS name}, {@code FROM name},
 * {@code COPY --from=name}), the stage's FROM line; on {@code $VAR} or {@code ${VAR…}}, the ARG
 * or ENV that last set it before that line in its stage, else an ENV of the earlier stage it is
 * built on. Nothing elsewhere. Names are compared as written: the text is not expanded.
 */
final class Hovers {

    /** A variable reference: {@code $NAME}, or {@code ${NAME}} with any modifier inside the braces. */
    private static final Pattern REFERENCE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}|([A-Za-z_][A-Za-z0-9_]*))");

    private Hovers() {
    }

    static CompletableFuture<Hover> answer(DocumentStore store, HoverParams params) {
        return DocumentRequests.on(store, params.getTextDocument().getUri(),
                document -> at(document.parse(), document.offset(params.getPosition())).orElse(null), null);
    }

    static Optional<Hover> at(ParseResult parsed, int offset) {
        Dockerfile dockerfile = parsed.dockerfile();
        for (Instruction instruction : dockerfile.instructions()) {
            if (Ranges.touches(instruction.range(), offset)) {
                return keyword(instruction, offset)
                        .or(() -> stageReference(dockerfile, instruction, offset))
                        .or(() -> variable(parsed, instruction, offset));
            }
        }
        return Optional.empty();
    }

    private static Optional<Hover> keyword(Instruction instruction, int offset) {
        SourceRange range = instruction.keyword().range();
        if (!Ranges.touches(range, offset)) {
            return Optional.empty();
        }
        return InstructionDocs.of(instruction.keyword().name()).map(doc ->
                hover("**" + instruction.keyword().name().toUpperCase(Locale.ROOT) + "** — " + doc, range));
    }

    private static Optional<Hover> stageReference(Dockerfile dockerfile, Instruction instruction, int offset) {
        int current = stageIndex(dockerfile, instruction);
        if (instruction instanceof FromInstruction from) {
            Optional<Word> name = from.stageName().filter(word -> Ranges.touches(word.range(), offset));
            if (name.isPresent()) {
                return Optional.of(stageHover(dockerfile.stages().get(current), name.get().range()));
            }
            return from.image().filter(word -> Ranges.touches(word.range(), offset))
                    .flatMap(image -> earlierStage(dockerfile, image.text(), current)
                            .map(stage -> stageHover(stage, image.range())));
        }
        if (instruction instanceof CopyInstruction) {
            Optional<Flag> flag = instruction.syntax().flag("from").filter(f -> Ranges.touches(f.range(), offset));
            return flag.flatMap(f -> earlierStage(dockerfile, f.valueOrEmpty(), current)
                    .map(stage -> stageHover(stage, f.range())));
        }
        return Optional.empty();
    }

    /** The stage before {@code current} that {@code reference} names, by name or by index, as BuildKit resolves it. */
    private static Optional<Stage> earlierStage(Dockerfile dockerfile, String reference, int current) {
        String name = reference.toLowerCase(Locale.ROOT);
        for (Stage stage : dockerfile.stages().subList(0, Math.max(current, 0))) {
            if (stage.name().map(name::equals).orElse(false) || Integer.toString(stage.index()).equals(name)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    private static Hover stageHover(Stage stage, SourceRange range) {
        String title = stage.name().map(name -> "Stage `" + name + "`").orElse("Stage") + " (index " + stage.index()
                + ", line " + stage.from().range().startLine() + ")";
        return hover(title + "\n\n```dockerfile\n" + stage.from().syntax().original().strip() + "\n```", range);
    }

    private static Optional<Hover> variable(ParseResult parsed, Instruction instruction, int offset) {
        SourceRange range = instruction.range();
        Dockerfile dockerfile = parsed.dockerfile();
        Matcher matcher = REFERENCE.matcher(parsed.text()).region(range.startOffset(), range.endOffset());
        while (matcher.find()) {
            boolean escaped = matcher.start() > 0 && parsed.text().charAt(matcher.start() - 1) == dockerfile.escapeChar();
            if (!escaped && matcher.start() <= offset && offset <= matcher.end()) {
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                String text = declared(name, visibleBefore(dockerfile, instruction), dockerfile.preamble(), true)
                        .or(() -> inherited(name, dockerfile, instruction))
                        .orElse("`$" + name + "` is not declared by an ARG or ENV before this line in its stage: "
                                + "it comes from the base image's environment, or is empty.");
                return Optional.of(hover(text, parsed.range(matcher.start(), matcher.end())));
            }
        }
        return Optional.empty();
    }

    /** An ENV of the stages the instruction's stage is built on ({@code FROM earlier-stage}), nearest first. */
    private static Optional<String> inherited(String name, Dockerfile dockerfile, Instruction instruction) {
        int index = instruction instanceof FromInstruction ? -1 : stageIndex(dockerfile, instruction);
        Optional<Stage> stage = index < 0 ? Optional.empty() : Optional.of(dockerfile.stages().get(index));
        while (stage.isPresent()) {
            Stage built = stage.get();
            Optional<Stage> base = built.from().image().flatMap(image -> earlierStage(dockerfile, image.text(), built.index()));
            Optional<String> found = base.flatMap(b -> declared(name, b.instructions(), dockerfile.preamble(), false)
                    .map(text -> text + ", inherited from stage `" + b.name().orElse(Integer.toString(b.index())) + "`"));
            if (found.isPresent()) {
                return found;
            }
            stage = base;
        }
        return Optional.empty();
    }

    /**
     * The instructions whose ARG and ENV are in scope at {@code instruction}: those of its stage
     * before it, or for a FROM line the global ones before the first FROM.
     */
    private static List<Instruction> visibleBefore(Dockerfile dockerfile, Instruction instruction) {
        if (instruction instanceof FromInstruction) {
            return dockerfile.preamble();
        }
        int current = stageIndex(dockerfile, instruction);
        if (current < 0) {
            List<Instruction> preamble = dockerfile.preamble();
            return preamble.subList(0, preamble.indexOf(instruction));
        }
        List<Instruction> body = dockerfile.stages().get(current).instructions();
        return body.subList(0, body.indexOf(instruction));
    }

    /** The last ENV (or, with {@code args}, ARG) of {@code name} among {@code visible}, described. */
    private static Optional<String> declared(String name, List<Instruction> visible, List<Instruction> preamble, boolean args) {
        for (int i = visible.size() - 1; i >= 0; i--) {
            Instruction declaring = visible.get(i);
            if (declaring instanceof EnvInstruction env) {
                for (int p = env.pairs().size() - 1; p >= 0; p--) {
                    KeyValue pair = env.pairs().get(p);
                    if (pair.key().text().equals(name)) {
                        return Optional.of("`$" + name + "` = " + code(pair.value().text()) + "\n\nset by " + where(declaring));
                    }
                }
            } else if (args && declaring instanceof ArgInstruction arg) {
                for (int d = arg.declarations().size() - 1; d >= 0; d--) {
                    ArgDeclaration declaration = arg.declarations().get(d);
                    if (declaration.name().text().equals(name)) {
                        return Optional.of(argValue(name, declaration, declaring, preamble));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String argValue(String name, ArgDeclaration declaration, Instruction declaring, List<Instruction> preamble) {
        if (declaration.defaultValue().isPresent()) {
            return "`$" + name + "` = " + code(declaration.defaultValue().get().text()) + " unless given by `--build-arg`"
                    + "\n\ndeclared by " + where(declaring);
        }
        // ARG NAME inside a stage takes the default of the global ARG of the same name.
        if (!preamble.contains(declaring)) {
            for (int i = preamble.size() - 1; i >= 0; i--) {
                Instruction global = preamble.get(i);
                if (global instanceof ArgInstruction arg) {
                    for (ArgDeclaration g : arg.declarations()) {
                        if (g.name().text().equals(name) && g.defaultValue().isPresent()) {
                            return "`$" + name + "` = " + code(g.defaultValue().get().text()) + " unless given by `--build-arg`"
                                    + "\n\ndeclared by " + where(declaring) + ", default from the global " + where(global);
                        }
                    }
                }
            }
        }
        return "`$" + name + "` has no default: set by `--build-arg " + name + "=…`, else empty"
                + "\n\ndeclared by " + where(declaring);
    }

    private static String where(Instruction instruction) {
        return code(DocumentSymbols.name(instruction)) + " at line " + instruction.range().startLine();
    }

    /** {@code text} as inline code, fenced with more backticks than it holds. */
    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** The index of the stage holding {@code instruction} (a FROM holds its own); -1 before the first FROM. */
    private static int stageIndex(Dockerfile dockerfile, Instruction instruction) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.from() == instruction || stage.instructions().contains(instruction)) {
                return stage.index();
            }
        }
        return -1;
    }

    private static Hover hover(String markdown, SourceRange range) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Ranges.of(range));
    }
}
