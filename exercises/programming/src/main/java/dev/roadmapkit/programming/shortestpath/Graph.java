package dev.roadmapkit.programming.shortestpath;

import java.util.List;
import java.util.Set;

/**
 * Given: a weighted directed graph, as Dijkstra's algorithm reads it. The tests hand you graphs
 * that count how often {@link #edgesFrom} is called.
 */
public interface Graph {

  /** Every node of the graph. */
  Set<String> nodes();

  /** The edges leaving {@code node}, empty when there are none. */
  List<Edge> edgesFrom(String node);
}
