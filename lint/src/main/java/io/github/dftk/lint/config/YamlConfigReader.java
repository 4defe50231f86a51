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

    private static final List<String> KEYS = List.of("ignored", "override", "failure-threshold", "format",
            "trustedRegistries", "label-schema", "strict-labels", "disable-ignore-pragma", "no-fail", "no-color",
            "verbose", "dftk");
    private static final List<String> DFTK_KEYS = List.of("buildkit-checks", "hadolint-rules", "shellcheck",
            "proposals");

    private final String file;
    private final List<ConfigProblem> problems;
    private final PartialConfig config = new PartialConfig();

    private YamlConfigReader(String file, List<ConfigProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The settings in {@code path}; problems are reported under {@code shownAs}. */
    static PartialConfig read(Path path, String shownAs, List<ConfigProblem> problems) {
        YamlConfigReader reader = new YamlConfigReader(shownAs, problems);
        try {
            reader.document(Files.readString(path));
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
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema()).build();
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
        } catch (YamlEngineException e) {
            problems.add(ConfigProblem.malformedYaml(file, Optional.empty(), e.getMessage(), ""));
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
            case "format" -> text(key, value).ifPresent(name -> {
                config.format = ConfigValues.format(name);
                if (config.format.isEmpty()) {
                    problems.add(ConfigProblem.unknownFormat(file, at(value), name));
                }
            });
            case "failure-threshold" -> text(key, value).ifPresent(name -> {
                config.failureThreshold = ConfigValues.threshold(name);
                if (config.failureThreshold.isEmpty()) {
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
        String type = isNull(value) ? "" : text(label, value).orElse(null);
        if (type != null) {
            ConfigValues.labelType(type).ifPresentOrElse(known -> config.labelSchema.put(label, known),
                    () -> problems.add(ConfigProblem.unknownLabelType(file, at(value), label, type)));
        }
    }

    private void dftkSetting(String key, NodeTuple entry) {
        Node value = entry.getValueNode();
        switch (key) {
            case "buildkit-checks" -> config.buildkitChecks = bool(key, value);
            case "hadolint-rules" -> config.hadolintRules = bool(key, value);
            case "shellcheck" -> config.shellcheck = bool(key, value);
            case "proposals" -> config.proposals.addAll(names(key, value, false));
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

    /** A list of names (rule codes, registries, proposals); {@code single}: one name alone will do too. */
    private List<String> names(String key, Node node, boolean single) {
        List<String> out = new ArrayList<>();
        if (isNull(node)) {
            return out;
        }
        if (single && node instanceof ScalarNode scalar) {
            out.add(scalar.getValue());
        } else if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    if (!isNull(scalar)) {
                        out.add(scalar.getValue());
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
