package io.github.dftk.ir.internal;

import java.util.Optional;

/**
 * Docker image references as the registry client normalizes them: {@code alpine} is
 * {@code docker.io/library/alpine:latest}; a first component with a dot, a colon or
 * {@code localhost} is a registry.
 */
public final class ImageRefs {

    private ImageRefs() {
    }

    /**
     * The short form Docker prints ({@code alpine}, {@code org/app:1}, {@code ghcr.io/x/y}):
     * normalized, then without {@code docker.io/library/} or {@code docker.io/} and without a
     * {@code :latest} tag; empty when the text is not a valid reference.
     */
    static Optional<String> familiar(String ref) {
        return normalize(ref).map(full -> {
            String shortForm = full.startsWith("docker.io/library/") ? full.substring("docker.io/library/".length())
                    : full.startsWith("docker.io/") ? full.substring("docker.io/".length()) : full;
            return shortForm.endsWith(":latest") ? shortForm.substring(0, shortForm.length() - ":latest".length())
                    : shortForm;
        });
    }

    /** The normalized reference, or empty when the text is not a valid reference. */
    public static Optional<String> normalize(String ref) {
        if (ref.isEmpty() || ref.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
            return Optional.empty();
        }
        String digest = "";
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at);
            rest = rest.substring(0, at);
            if (!digest.matches("@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}")) {
                return Optional.empty();
            }
        }
        String tag = "";
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon);
            rest = rest.substring(0, colon);
            if (tag.length() < 2 || tag.length() > 129 || !isTag(tag.substring(1))) {
                return Optional.empty();
            }
        }
        String domain = "docker.io";
        String path = rest;
        int firstSlash = rest.indexOf('/');
        if (firstSlash >= 0) {
            String first = rest.substring(0, firstSlash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                domain = first;
                path = rest.substring(firstSlash + 1);
            }
        }
        if (path.isEmpty() || !isPath(path)) {
            return Optional.empty();
        }
        if (domain.equals("docker.io") && !path.contains("/")) {
            path = "library/" + path;
        }
        if (tag.isEmpty() && digest.isEmpty()) {
            tag = ":latest";
        }
        return Optional.of(domain + "/" + path + tag + digest);
    }

    private static boolean isTag(String tag) {
        if (!Character.isLetterOrDigit(tag.charAt(0)) && tag.charAt(0) != '_') {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case path components separated by {@code .}, {@code _}, {@code __} or {@code -} runs. */
    private static boolean isPath(String path) {
        for (String component : path.split("/", -1)) {
            if (component.isEmpty()) {
                return false;
            }
            char first = component.charAt(0);
            char last = component.charAt(component.length() - 1);
            if (!isLowerAlnum(first) || !isLowerAlnum(last)) {
                return false;
            }
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (!isLowerAlnum(c) && c != '.' && c != '_' && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
