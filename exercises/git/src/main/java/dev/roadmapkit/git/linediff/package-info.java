/**
 * Exercise {@code git/line-diff}: the shortest edit script between two files with Myers' O(ND)
 * algorithm, printed as the unified diff that {@code git diff --no-index} prints.
 */
package dev.roadmapkit.git.linediff;
