/**
 * Parsers for the source-describing strings of a Dockerfile, exactly as BuildKit reads them:
 * {@code RUN --mount} values ({@link io.github.dftk.ir.source.MountSpecs}) and the git and HTTP
 * URLs of {@code ADD} sources and build contexts ({@link io.github.dftk.ir.source.SourceUrls}).
 * They never throw on user input: every outcome is a value, errors carry BuildKit's text.
 */
package io.github.dftk.ir.source;
