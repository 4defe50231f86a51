/**
 * Implementation details of the {@code ir} module: exact reproductions of the few pieces of Go's
 * standard library (and of the small libraries BuildKit uses) that decide what a Dockerfile
 * means, each in its own class. Not API: may change without notice.
 */
package io.github.dftk.ir.internal;
