package io.github.dftk.lint.config;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.config.ConfigProblem.Position;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a {@code .hadolint.yaml} with hadolint's keys ({@code Hadolint.Config.Configuration})
 * plus a {@code dftk:} section. It works on YAML nodes rather than Java objects so that every
 * problem can point at its line and column, and it reports every problem in the file, not just
 * the first. Stricter than hadolint, which skips keys it does not know: a misspelt key is an
 * error here. A key with no value (null) counts as not set; an empty file sets nothing.
 */
final class YamlConfigReader {

    private static final List<String> KEYS = List.of("failure-threshold", "format", "formats", "ignored",
            "label-schema", "no-color", "no-fail", "verbose", "override", "strict-labels", "disable-ignore-pragma",
            "trustedRegistries", "dftk");
    private static final List<String> DFTK_KEYS = List.of("families", "shellcheck");

    /** Far more than any real config file; a bigger one is a mistake, not a config. */
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 10;

    private final Path path;
    private final String file;
    private final List<ConfigProblem> problems;
    private final PartialConfig config = new PartialConfig();

    private YamlConfigReader(Path path, String file, List<ConfigProblem> problems) {
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    /** The settings in {@code path}; problems are reported under {@code shownAs}. */
    static PartialConfig read(Path path, String shownAs, List<ConfigProblem> problems) {
        YamlConfigReader reader = new YamlConfigReader(path, shownAs, problems);
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(ConfigProblem.tooLarge(shownAs, size, MAX_BYTES));
            } else {
                reader.document(Files.readString(path));
            }
        } catch (IOException e) {
            problems.add(ConfigProblem.unreadable(shownAs, reason(e)));
        }
        return reader.config;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        return e.getMessage();
    }

    private void document(String text) {
        // Nodes only, never Java objects or environment substitution; few aliases, so that a small
        // file cannot expand into a huge one. Non-scalar keys are composed so that they can be
        // reported with their position.
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES).setAllowNonScalarKeys(true).build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
            if (!documents.hasNext()) {
                return;
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                problems.add(ConfigProblem.secondDocument(file, at(documents.next())));
            }
            if (!isNull(root)) {
                entries(root, "", this::setting);
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String context = e.getContext() == null ? "" : e.getContext()
                    + e.getContextMark().map(m -> " (from line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)
                            + ")").orElse("");
            problems.add(ConfigProblem.malformedYaml(file, mark.map(YamlConfigReader::position),
                    e.getProblem() == null ? "" : e.getProblem(), context));
        } catch (YamlEngineException e) { // a limit, such as MAX_ALIASES: no position
            problems.add(ConfigProblem.overLimit(file, e.getMessage()));
        }
    }

    private void setting(String key, NodeTuple entry) {
        Node value = entry.getValueNode();
        switch (key) {
            case "no-fail" -> config.noFail = bool(key, value);
            case "no-color" -> config.noColor = bool(key, value);
            case "verbose" -> config.verbose = bool(key, value);
            case "strict-labels" -> config.strictLabels = bool(key, value);
            case "disable-ignore-pragma" -> config.disableIgnorePragma = bool(key, value);
            case "format" -> text(key, value).ifPresent(name -> format(name, value));
            case "formats" -> items(key, value, false).forEach(item -> format(item.getValue(), item));
            case "failure-threshold" -> text(key, value).ifPresent(name -> {
                if (!config.failureThreshold(name)) {
                    problems.add(ConfigProblem.unknownThreshold(file, at(value), name));
                }
            });
            case "ignored" -> config.ignored.addAll(names(key, value, false));
            case "trustedRegistries" -> config.trustedRegistries.addAll(names(key, value, true)); // one, or a list
            case "override" -> entries(value, key, this::override);
            case "label-schema" -> entries(value, key, this::label);
            case "dftk" -> entries(value, key, this::dftkSetting);
            default -> problems.add(ConfigProblem.unknownKey(file, at(entry.getKeyNode()), "", key, KEYS));
        }
    }

    private void format(String name, Node value) {
        if (!config.format(name)) {
            problems.add(ConfigProblem.unknownFormat(file, at(value), name));
        }
    }

    private void override(String level, NodeTuple entry) {
        Optional<LintSeverity> severity = ConfigValues.overrideLevel(level);
        if (severity.isEmpty()) {
            problems.add(ConfigProblem.unknownSeverity(file, at(entry.getKeyNode()), level));
            return;
        }
        names(level, entry.getValueNode(), false).forEach(code -> config.override(code, severity.get()));
    }

    private void label(String label, NodeTuple entry) {
        Node value = entry.getValueNode();
        if (isNull(value)) {
            problems.add(ConfigProblem.missingLabelType(file, at(entry.getKeyNode()), label));
        }
        text(label, value).ifPresent(type -> {
            if (!config.label(label, type)) {
                problems.add(ConfigProblem.unknownLabelType(file, at(value), label, type));
            }
        });
    }

    private void dftkSetting(String key, NodeTuple entry) {
        Node value = entry.getValueNode();
        switch (key) {
            case "families" -> {
                List<ScalarNode> items = items(key, value, false);
                if (!isNull(value)) {
                    List<String> unknown = config.families(items.stream().map(ScalarNode::getValue).toList());
                    items.stream().filter(item -> unknown.contains(item.getValue())).forEach(item -> problems.add(
                            ConfigProblem.unknownFamily(file, at(item), item.getValue())));
                }
            }
            case "shellcheck" -> text(key, value).ifPresent(program -> config.shellcheck =
                    Optional.of(path.toAbsolutePath().getParent().resolve(program)));
            default -> problems.add(ConfigProblem.unknownKey(file, at(entry.getKeyNode()), "dftk", key, DFTK_KEYS));
        }
    }

    /** Calls {@code handler} with each key of a mapping; reports keys that are not names or come twice. */
    private void entries(Node node, String key, BiConsumer<String, NodeTuple> handler) {
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(ConfigProblem.notAMapping(file, at(node), key, describe(node)));
            return;
        }
        Map<String, Integer> firstLines = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode name)) {
                problems.add(ConfigProblem.keyNotAName(file, at(entry.getKeyNode()), describe(entry.getKeyNode())));
                continue;
            }
            int line = at(name).map(Position::line).orElse(0);
            Integer first = firstLines.putIfAbsent(name.getValue(), line);
            if (first != null) {
                problems.add(ConfigProblem.duplicateKey(file, at(name), name.getValue(), first));
                continue;
            }
            handler.accept(name.getValue(), entry);
        }
    }

    private Optional<Boolean> bool(String key, Node node) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(scalar.getValue().equalsIgnoreCase("true"));
        }
        problems.add(ConfigProblem.notBoolean(file, at(node), key, describe(node)));
        return Optional.empty();
    }

    /** A scalar's text; any scalar will do, the caller checks the value. */
    private Optional<String> text(String key, Node node) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(ConfigProblem.notText(file, at(node), key, describe(node)));
        return Optional.empty();
    }

    /** A list of names (rule codes, registries, formats); {@code single}: one name alone will do too. */
    private List<ScalarNode> items(String key, Node node, boolean single) {
        List<ScalarNode> out = new ArrayList<>();
        if (isNull(node)) {
            return out;
        }
        if (single && node instanceof ScalarNode scalar) {
            out.add(scalar);
        } else if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    if (!isNull(scalar)) {
                        out.add(scalar);
                    }
                } else {
                    problems.add(ConfigProblem.notListEntry(file, at(item), key, describe(item)));
                }
            }
        } else {
            problems.add(ConfigProblem.notList(file, at(node), key, describe(node)));
        }
        return out;
    }

    private List<String> names(String key, Node node, boolean single) {
        return items(key, node, single).stream().map(ScalarNode::getValue).toList();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.isPlain() ? "'" + scalar.getValue() + "'" : "the quoted text \"" + scalar.getValue() + "\"";
    }

    private static Optional<Position> at(Node node) {
        return node.getStartMark().map(YamlConfigReader::position);
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
