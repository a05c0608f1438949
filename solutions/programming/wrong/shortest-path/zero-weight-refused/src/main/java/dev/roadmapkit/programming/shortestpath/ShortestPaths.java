package dev.roadmapkit.programming.shortestpath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * Exercise {@code programming/shortest-path}: the cheapest paths from one node to every other, by
 * Dijkstra's algorithm.
 *
 * <p>Key idea: with no negative weight, the queued node of smallest distance can never be reached
 * more cheaply later, so its distance is final when it leaves the queue. Instead of a queue that
 * can lower a priority, a node is queued again at each improvement and the stale entries are
 * skipped: O((V + E) log E), simple, and each node's edges still read once. A negative edge breaks
 * the key idea, so it is refused rather than answered wrongly (Bellman-Ford handles those).
 */
public final class ShortestPaths {

  private record Entry(String node, long distance) {}

  private final String source;
  private final Map<String, Long> distances;
  private final Map<String, String> predecessors;

  private ShortestPaths(String source, Map<String, Long> distances, Map<String, String> previous) {
    this.source = source;
    this.distances = distances;
    this.predecessors = previous;
  }

  /**
   * Runs Dijkstra's algorithm on {@code graph} from {@code source}.
   *
   * @throws IllegalArgumentException when {@code source} is not a node of the graph, or an edge
   *     reachable from it has a negative weight (the message names the edge)
   */
  public static ShortestPaths from(Graph graph, String source) {
    if (!graph.nodes().contains(source)) {
      throw new IllegalArgumentException("the source " + source + " is not a node of the graph");
    }
    Map<String, Long> distances = new HashMap<>();
    Map<String, String> predecessors = new HashMap<>();
    PriorityQueue<Entry> queue =
        new PriorityQueue<>((a, b) -> Long.compare(a.distance, b.distance));
    distances.put(source, 0L);
    queue.add(new Entry(source, 0));
    while (!queue.isEmpty()) {
      Entry entry = queue.poll();
      if (entry.distance > distances.get(entry.node)) {
        // Stale: the node was queued again with a shorter distance and is settled already.
        continue;
      }
      for (Edge edge : graph.edgesFrom(entry.node)) {
        if (edge.weight() <= 0) {
          throw new IllegalArgumentException(
              "Dijkstra's algorithm needs weights >= 0, but the edge " + edge + " is negative");
        }
        long through = entry.distance + edge.weight();
        Long known = distances.get(edge.to());
        if (known == null || through < known) {
          distances.put(edge.to(), through);
          predecessors.put(edge.to(), edge.from());
          queue.add(new Entry(edge.to(), through));
        }
      }
    }
    return new ShortestPaths(source, distances, predecessors);
  }

  /** The length of the cheapest path from the source to {@code node}; empty when unreachable. */
  public OptionalLong distanceTo(String node) {
    Long distance = distances.get(node);
    return distance == null ? OptionalLong.empty() : OptionalLong.of(distance);
  }

  /**
   * The nodes of a cheapest path from the source to {@code node}, source first and {@code node}
   * last ({@code [source]} for the source itself); empty when unreachable.
   */
  public Optional<List<String>> pathTo(String node) {
    if (!distances.containsKey(node)) {
      return Optional.empty();
    }
    List<String> path = new ArrayList<>();
    for (String at = node; !at.equals(source); at = predecessors.get(at)) {
      path.add(at);
    }
    path.add(source);
    Collections.reverse(path);
    return Optional.of(List.copyOf(path));
  }
}
