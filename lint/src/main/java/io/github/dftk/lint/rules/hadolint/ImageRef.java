package io.github.dftk.lint.rules.hadolint;

import java.util.Optional;

/**
 * An image reference split as hadolint (and the Docker reference grammar) splits it:
 * {@code [registry/]path[:tag][@digest]}. The first path component is a registry when it has a
 * dot or a colon or is {@code localhost}; without one the image comes from Docker Hub.
 */
record ImageRef(Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {

    static ImageRef parse(String reference) {
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> registry = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = Optional.of(first);
                rest = rest.substring(slash + 1);
            }
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.indexOf('/', colon) < 0) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new ImageRef(registry, rest, tag, digest);
    }

    /** Whether the reference pins a version: a tag or a digest. */
    boolean pinned() {
        return tag.isPresent() || digest.isPresent();
    }
}
