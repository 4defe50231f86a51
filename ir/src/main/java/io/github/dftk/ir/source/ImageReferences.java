package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.ImageRefs;

/** Docker image references as BuildKit reads a FROM image (the registry client's normalized names). */
public final class ImageReferences {

    private ImageReferences() {
    }

    /** Whether {@code ref} is a valid image reference ({@code alpine}, {@code ghcr.io/x/y:1@sha256:…}); empty is not. */
    public static boolean isValid(String ref) {
        return ImageRefs.normalize(ref).isPresent();
    }
}
