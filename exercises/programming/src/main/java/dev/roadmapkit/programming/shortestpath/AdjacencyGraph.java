package dev.roadmapkit.programming.shortestpath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Given: a {@link Graph} kept as a list of outgoing edges per node. */
public final class AdjacencyGraph implements Graph {

  private final Map<String, List<Edge>> edges = new LinkedHashMap<>();

  /** Adds {@code node} without edges (nothing happens when it is there already). */
  public AdjacencyGraph addNode(String node) {
    edges.computeIfAbsent(node, n -> new ArrayList<>());
    return this;
  }

  /** Adds the edge {@code from -> to} with {@code weight}, and both nodes. */
  public AdjacencyGraph addEdge(String from, String to, long weight) {
    addNode(to);
    edges.computeIfAbsent(from, n -> new ArrayList<>()).add(new Edge(from, to, weight));
    return this;
  }

  @Override
  public Set<String> nodes() {
    return Collections.unmodifiableSet(edges.keySet());
  }

  @Override
  public List<Edge> edgesFrom(String node) {
    return Collections.unmodifiableList(edges.getOrDefault(node, List.of()));
  }

  @Override
  public String toString() {
    List<Edge> all = new ArrayList<>();
    edges.values().forEach(all::addAll);
    return "graph of nodes " + edges.keySet() + " and edges " + all;
  }
}
