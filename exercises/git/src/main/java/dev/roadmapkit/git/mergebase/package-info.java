/**
 * Exercise {@code git/merge-base}: the best common ancestors of two commits in a commit graph, as
 * {@code git merge-base --all} finds them, criss-cross merges and unrelated histories included.
 */
package dev.roadmapkit.git.mergebase;
