/**
 * The build graph: a Dockerfile lowered, as BuildKit's dockerfile2llb lowers it, to a DAG of
 * sources (images, the build context, git, HTTP), exec steps with their mounts and file
 * operations, with the image configuration of every stage and a content digest per vertex.
 */
package io.github.dftk.ir;
