/**
 * Exercise {@code programming/topological-order}: order topics so that each comes after its
 * prerequisites (Kahn's algorithm), and report a cycle as the path that closes it.
 */
package dev.roadmapkit.programming.topologicalorder;
