/**
 * Exercise {@code programming/shortest-path}: Dijkstra's algorithm on a weighted directed graph,
 * with unreachable nodes and negative weights reported.
 */
package dev.roadmapkit.programming.shortestpath;
