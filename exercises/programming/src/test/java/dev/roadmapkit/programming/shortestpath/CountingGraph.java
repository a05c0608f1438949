package dev.roadmapkit.programming.shortestpath;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A graph that counts, per node, how often its edges were read. */
final class CountingGraph implements Graph {

  private final Graph graph;
  private final Map<String, Integer> reads = new TreeMap<>();

  CountingGraph(Graph graph) {
    this.graph = graph;
  }

  @Override
  public Set<String> nodes() {
    return graph.nodes();
  }

  @Override
  public List<Edge> edgesFrom(String node) {
    reads.merge(node, 1, Integer::sum);
    return graph.edgesFrom(node);
  }

  /** The nodes whose edges were read, and how often. */
  Map<String, Integer> reads() {
    return reads;
  }

  @Override
  public String toString() {
    return graph.toString();
  }
}
