package io.github.dftk.ir.context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A build context as BuildKit receives it: the entries that survive .dockerignore, in the
 * order the sender walks them (depth first, names sorted by their UTF-8 bytes). COPY/ADD
 * sources are resolved against this, not against the disk.
 */
public final class ContextTree {

    private final List<ContextEntry> entries;
    private final Map<String, Integer> index;

    public ContextTree(List<ContextEntry> entries) {
        this.entries = List.copyOf(entries);
        this.index = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < this.entries.size(); i++) {
            index.put(this.entries.get(i).path(), i);
        }
    }

    /** Every entry, in walk order. */
    public List<ContextEntry> entries() {
        return entries;
    }

    public Optional<ContextEntry> entry(String path) {
        Integer i = index.get(path);
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** Everything below a directory, in walk order; {@code ""} is the context root. */
    public List<ContextEntry> below(String directory) {
        if (directory.isEmpty()) {
            return entries;
        }
        Integer i = index.get(directory);
        if (i == null) {
            return List.of();
        }
        String prefix = directory + "/";
        int end = i + 1;
        while (end < entries.size() && entries.get(end).path().startsWith(prefix)) {
            end++;
        }
        return entries.subList(i + 1, end);
    }

    /** The digest of the whole context. */
    public ContextDigest digest() {
        return ContextDigest.of(entries);
    }
}
