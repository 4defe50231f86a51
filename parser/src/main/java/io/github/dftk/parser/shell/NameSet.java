package io.github.dftk.parser.shell;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, insertion-ordered set of variable names. A word looks up a handful of names, so
 * an array with linear search beats hashing, and results can share it without copying again.
 */
final class NameSet extends AbstractSet<String> {

    /** Above this size lookups switch to hashing. */
    private static final int LINEAR_LIMIT = 16;

    private final String[] names;

    private NameSet(String[] names) {
        this.names = names;
    }

    /** An unmodifiable ordered copy, reusing {@code names} when it is already a NameSet. */
    static Set<String> copyOf(Set<String> names) {
        if (names instanceof NameSet) {
            return names;
        }
        if (names.isEmpty()) {
            return Set.of();
        }
        if (names.size() > LINEAR_LIMIT) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(names));
        }
        return new NameSet(names.toArray(new String[0]));
    }

    @Override
    public boolean contains(Object o) {
        for (String name : names) {
            if (Objects.equals(name, o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return Collections.unmodifiableList(Arrays.asList(names)).iterator();
    }

    @Override
    public int size() {
        return names.length;
    }

    /** Collects distinct names in first-seen order. */
    static final class Builder {
        private String[] names = new String[4];
        private int size;
        private Set<String> index;

        void add(String name) {
            if (index != null) {
                if (!index.add(name)) {
                    return;
                }
            } else {
                for (int i = 0; i < size; i++) {
                    if (names[i].equals(name)) {
                        return;
                    }
                }
                if (size == LINEAR_LIMIT) {
                    index = new HashSet<>(Arrays.asList(names).subList(0, size));
                    index.add(name);
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
            }
            names[size++] = name;
        }

        Set<String> build() {
            if (size == 0) {
                return Set.of();
            }
            if (size > LINEAR_LIMIT) {
                return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names).subList(0, size)));
            }
            return new NameSet(Arrays.copyOf(names, size));
        }
    }
}
