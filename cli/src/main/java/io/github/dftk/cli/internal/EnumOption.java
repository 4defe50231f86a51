package io.github.dftk.cli.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum-valued option (such as {@code --format}): its names are the constants in lower case,
 * any case is accepted, and a wrong value is a usage error that lists the names. picocli needs
 * a class per option, so each command declares {@code Names} and {@code Converter} subclasses.
 */
public final class EnumOption {

    private EnumOption() {
    }

    /** The names, for help and shell completion. */
    public abstract static class Names<E extends Enum<E>> implements Iterable<String> {
        private final Class<E> type;

        protected Names(Class<E> type) {
            this.type = type;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /** Reads a name, in any case. */
    public abstract static class Converter<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        /** @param what the option's subject in the error, such as "format" */
        protected Converter(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new TypeConversionException("unknown " + what + " '" + value + "' — expected one of: "
                    + String.join(", ", new Names<>(type) { }));
        }
    }
}
