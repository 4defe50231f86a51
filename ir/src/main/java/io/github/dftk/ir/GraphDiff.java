package io.github.dftk.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a change to a Dockerfile does to the build cache: for every step of the new build,
 * whether it is cached (same digest as a step of the old build), rebuilt because something
 * it depends on changed (same definition, different inputs), or changed itself; and which
 * old steps are gone.
 */
public record GraphDiff(List<Entry> entries) {

    /** What happens to one step. */
    public enum Status {
        /** The same step with the same inputs was in the old build: a cache hit. */
        CACHED,
        /** The step is unchanged, but an input changed, so it runs again. */
        REBUILT,
        /** The step itself is new or different. */
        CHANGED,
        /** The old build had this step; the new one does not. */
        REMOVED
    }

    /** One step and its status; {@code vertex} is from the new graph, or the old one for REMOVED. */
    public record Entry(Vertex vertex, Status status) {
    }

    public GraphDiff {
        entries = List.copyOf(entries);
    }

    public static GraphDiff of(BuildGraph before, BuildGraph after) {
        List<Vertex> oldVertices = before.neededVertices();
        List<Vertex> newVertices = after.neededVertices();
        Set<String> oldDigests = new HashSet<>();
        Set<String> oldDefinitions = new HashSet<>();
        for (Vertex v : oldVertices) {
            oldDigests.add(v.digest());
            oldDefinitions.add(v.definitionDigest());
        }
        Set<String> newDigests = new HashSet<>();
        Set<String> newDefinitions = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Vertex v : newVertices) {
            newDigests.add(v.digest());
            newDefinitions.add(v.definitionDigest());
            Status status = oldDigests.contains(v.digest()) ? Status.CACHED
                    : oldDefinitions.contains(v.definitionDigest()) ? Status.REBUILT : Status.CHANGED;
            entries.add(new Entry(v, status));
        }
        for (Vertex v : oldVertices) {
            if (!newDigests.contains(v.digest()) && !newDefinitions.contains(v.definitionDigest())) {
                entries.add(new Entry(v, Status.REMOVED));
            }
        }
        return new GraphDiff(entries);
    }

    public long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
