package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.CsvRecord;
import io.github.dftk.ir.internal.GoNumbers;
import io.github.dftk.ir.internal.RamSize;
import io.github.dftk.parser.DidYouMean;
import io.github.dftk.parser.GoStrings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Reads the fields of one {@code --mount} value into a {@link MountDraft}, option by option and
 * in order, as BuildKit's {@code parseMount} does: the checks of {@code required} and
 * {@code size} see the type written <em>so far</em>, and the first bad field is the error.
 */
final class MountOptions {

    /** BuildKit's list for "did you mean", in its order (first of equally close ones wins). */
    private static final List<String> KEYS = List.of("type", "from", "source", "target", "readonly", "id", "sharing",
            "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");
    private static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final List<String> SHARING = List.of("shared", "private", "locked");

    private MountOptions() {
    }

    /**
     * BuildKit reads a RUN's mounts twice: once while parsing the Dockerfile, without variables,
     * when the only possible error (besides the CSV) is a variable in {@code from}; and again
     * while lowering, with variables. So that error wins over every other, whatever the order.
     */
    static Optional<MountError> checkFrom(List<CsvRecord.Field> fields) {
        for (CsvRecord.Field field : fields) {
            String text = field.text();
            int eq = text.indexOf('=');
            if (eq < 0 || !GoStrings.toLower(text.substring(0, eq)).equals("from")) {
                continue;
            }
            String value = text.substring(eq + 1);
            int dollar = value.indexOf('$');
            if (dollar >= 0 && dollar != value.length() - 1) {
                return Optional.of(new MountError(
                        "'from' doesn't support variable expansion, define alias stage instead", field.offset()));
            }
        }
        return Optional.empty();
    }

    /** Fills {@code m} from the fields; the first bad field's error, if any. */
    static Optional<MountError> read(MountDraft m, List<CsvRecord.Field> fields, UnaryOperator<String> expand) {
        for (CsvRecord.Field field : fields) {
            Optional<MountError> error = readField(m, field, expand);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private static Optional<MountError> readField(MountDraft m, CsvRecord.Field field, UnaryOperator<String> expand) {
        String text = field.text();
        int at = field.offset();
        int eq = text.indexOf('=');
        String key = GoStrings.toLower(eq < 0 ? text : text.substring(0, eq));
        if (eq < 0) {
            switch (key) {
                case "readonly", "ro" -> {
                    m.readOnly = true;
                    m.readOnlyAuto = false;
                }
                case "readwrite", "rw" -> {
                    m.readOnly = false;
                    m.readOnlyAuto = false;
                }
                case "required" -> {
                    if (m.type != MountType.SECRET && m.type != MountType.SSH) {
                        return error(unexpectedForType(key, m.type), at);
                    }
                    m.required = true;
                }
                default -> {
                    return error("invalid field '" + text + "' must be a key=value pair", at);
                }
            }
            return Optional.empty();
        }
        String value;
        try {
            value = expand.apply(text.substring(eq + 1));
        } catch (MountContext.ExpansionFailure e) {
            return error(e.getMessage(), at);
        }
        switch (key) {
            case "type" -> {
                Optional<MountType> type = type(GoStrings.toLower(value));
                if (type.isEmpty()) {
                    return error(DidYouMean.wrap("unsupported mount type " + GoStrings.quote(value), value, TYPES, true), at);
                }
                m.type = type.get();
            }
            case "from" -> {
                m.from = value;
                m.wrote("from", at);
            }
            case "source", "src" -> {
                m.source = value;
                m.wrote("source", at);
            }
            case "target", "dst", "destination" -> {
                m.target = value;
                m.wrote("target", at);
            }
            case "readonly", "ro" -> {
                Optional<Boolean> b = GoNumbers.parseBool(value);
                if (b.isEmpty()) {
                    return error("invalid value for " + key + ": " + value, at);
                }
                m.readOnly = b.get();
                m.readOnlyAuto = false;
            }
            case "readwrite", "rw" -> {
                Optional<Boolean> b = GoNumbers.parseBool(value);
                if (b.isEmpty()) {
                    return error("invalid value for " + key + ": " + value, at);
                }
                m.readOnly = !b.get();
                m.readOnlyAuto = false;
            }
            case "required" -> {
                if (m.type != MountType.SECRET && m.type != MountType.SSH) {
                    return error(unexpectedForType(key, m.type), at);
                }
                Optional<Boolean> b = GoNumbers.parseBool(value);
                if (b.isEmpty()) {
                    return error("invalid value for " + key + ": " + value, at);
                }
                m.required = b.get();
            }
            case "size" -> {
                if (m.type != MountType.TMPFS) {
                    return error(unexpectedForType(key, m.type), at);
                }
                OptionalLong size = RamSize.parse(value);
                if (size.isEmpty()) {
                    return error("invalid value for " + key + ": " + value, at);
                }
                m.size = size.getAsLong();
            }
            case "id" -> {
                m.cacheId = value;
                m.wrote("id", at);
            }
            case "sharing" -> {
                Optional<CacheSharing> sharing = sharing(GoStrings.toLower(value));
                if (sharing.isEmpty()) {
                    return error(DidYouMean.wrap("unsupported sharing value " + GoStrings.quote(value), value, SHARING, true),
                            at);
                }
                m.sharing = sharing.get();
                m.wrote("sharing", at);
            }
            case "mode", "uid", "gid" -> {
                OptionalLong n = GoNumbers.parseUint(value, key.equals("mode") ? 8 : 10, 32);
                if (n.isEmpty()) {
                    return error("invalid value " + value + " for " + key, at);
                }
                switch (key) {
                    case "mode" -> m.mode = n.getAsLong();
                    case "uid" -> m.uid = n.getAsLong();
                    default -> m.gid = n.getAsLong();
                }
                m.wrote(key, at);
            }
            case "env" -> m.env = value;
            default -> {
                return error(DidYouMean.wrap("unexpected key '" + key + "' in '" + text + "'", key, KEYS, true), at);
            }
        }
        return Optional.empty();
    }

    private static String unexpectedForType(String key, MountType type) {
        return "unexpected key '" + key + "' for mount type '" + type.text() + "'";
    }

    private static Optional<MountType> type(String lower) {
        for (MountType t : MountType.values()) {
            if (t.text().equals(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<CacheSharing> sharing(String lower) {
        for (CacheSharing s : CacheSharing.values()) {
            if (s.text().equals(lower)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<MountError> error(String message, int offset) {
        return Optional.of(new MountError(message, offset));
    }
}
