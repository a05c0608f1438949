/**
 * Exercise {@code programming/binary-heap}: a min-heap priority queue in an array, with sift-up and
 * sift-down, each operation O(log n).
 */
package dev.roadmapkit.programming.binaryheap;
