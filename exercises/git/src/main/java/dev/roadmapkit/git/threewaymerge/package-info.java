/**
 * Exercise {@code git/three-way-merge}: merge two versions of a file that share a base, like {@code
 * git merge-file}: one-sided changes taken, identical changes taken once, overlapping or touching
 * different changes written as a conflict with markers.
 */
package dev.roadmapkit.git.threewaymerge;
