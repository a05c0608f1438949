package dev.roadmapkit.programming.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/shortest-path: ShortestPaths")
class ShortestPathsTest {

  /** The example of the task: the direct road is not the cheapest. */
  private static AdjacencyGraph roads() {
    return new AdjacencyGraph()
        .addEdge("home", "school", 7)
        .addEdge("home", "bakery", 2)
        .addEdge("bakery", "park", 3)
        .addEdge("park", "school", 1)
        .addEdge("school", "library", 4)
        .addEdge("bakery", "library", 20)
        .addEdge("library", "home", 1)
        .addNode("island");
  }

  @Test
  @DisplayName("the cheapest path wins over the one with fewest edges")
  void cheapestPath() {
    ShortestPaths paths = ShortestPaths.from(roads(), "home");
    assertThat(paths.distanceTo("school"))
        .as(
            "home -> school costs 7 directly, but home -> bakery -> park -> school costs"
                + " 2 + 3 + 1 = 6. A node's distance is final only when it leaves the priority"
                + " queue, not when it is first reached")
        .isEqualTo(OptionalLong.of(6));
    assertThat(paths.pathTo("school"))
        .as("the path behind that distance, source first")
        .contains(List.of("home", "bakery", "park", "school"));
    assertThat(paths.distanceTo("library"))
        .as("library: 6 to school, then 4 (cheaper than bakery -> library at 2 + 20)")
        .isEqualTo(OptionalLong.of(10));
    assertThat(paths.pathTo("library"))
        .as("follow each node's predecessor back from library, then reverse")
        .contains(List.of("home", "bakery", "park", "school", "library"));
    assertThat(paths.distanceTo("park")).isEqualTo(OptionalLong.of(5));
  }

  @Test
  @DisplayName("the source is at distance 0 and its path is just itself")
  void source() {
    ShortestPaths paths = ShortestPaths.from(roads(), "home");
    assertThat(paths.distanceTo("home"))
        .as("library -> home leads back to the source, but nothing beats 0")
        .isEqualTo(OptionalLong.of(0));
    assertThat(paths.pathTo("home"))
        .as("the path to the source is [source]")
        .contains(List.of("home"));
  }

  @Test
  @DisplayName("unreachable nodes have no distance and no path")
  void unreachable() {
    ShortestPaths paths = ShortestPaths.from(roads(), "park");
    assertThat(paths.distanceTo("island"))
        .as("no edge leads to \"island\": distanceTo is OptionalLong.empty(), not a huge number")
        .isEmpty();
    assertThat(paths.pathTo("island")).as("no path to \"island\"").isEmpty();
    assertThat(paths.distanceTo("nowhere"))
        .as("a node that is not in the graph is unreachable as well")
        .isEmpty();
    assertThat(paths.pathTo("nowhere")).isEmpty();
    assertThat(paths.pathTo("bakery"))
        .as("from park: park -> school -> library -> home -> bakery")
        .contains(List.of("park", "school", "library", "home", "bakery"));
  }

  @Test
  @DisplayName("a source that is not a node of the graph is refused")
  void unknownSource() {
    assertThatIllegalArgumentException()
        .as("ShortestPaths.from(graph, \"mars\"): \"mars\" is not in graph.nodes()")
        .isThrownBy(() -> ShortestPaths.from(roads(), "mars"))
        .withMessageContaining("mars");
  }

  @Test
  @DisplayName("a negative weight is reported with its edge, never answered silently")
  void negativeWeight() {
    AdjacencyGraph graph =
        new AdjacencyGraph()
            .addEdge("a", "b", 4)
            .addEdge("a", "c", 1)
            .addEdge("b", "c", -5)
            .addEdge("c", "d", 1);
    assertThatIllegalArgumentException()
        .as(
            "b -> c weighs -5: with it, a -> b -> c costs -1, less than the 1 Dijkstra settles c"
                + " at, so any answer would be wrong. Check each edge's weight as you read it and"
                + " throw, naming the edge")
        .isThrownBy(() -> ShortestPaths.from(graph, "a"))
        .withMessageContaining("b -(-5)-> c");
  }

  @Test
  @DisplayName("weights of 0 are allowed")
  void zeroWeights() {
    AdjacencyGraph graph =
        new AdjacencyGraph()
            .addEdge("a", "b", 0)
            .addEdge("b", "c", 0)
            .addEdge("a", "c", 1)
            .addEdge("c", "a", 0);
    ShortestPaths paths = ShortestPaths.from(graph, "a");
    assertThat(paths.distanceTo("c"))
        .as("a -(0)-> b -(0)-> c costs 0: a weight of 0 is not negative, it is allowed")
        .isEqualTo(OptionalLong.of(0));
    assertThat(paths.pathTo("c")).contains(List.of("a", "b", "c"));
  }

  @Test
  @DisplayName("stale queue entries are skipped: each node's edges are read once")
  void staleEntriesSkipped() {
    // t is reached four times, each time more cheaply, so it is queued four times.
    AdjacencyGraph graph =
        new AdjacencyGraph()
            .addEdge("s", "t", 100)
            .addEdge("s", "x", 1)
            .addEdge("x", "t", 50)
            .addEdge("x", "y", 1)
            .addEdge("y", "t", 20)
            .addEdge("y", "z", 1)
            .addEdge("z", "t", 5)
            .addEdge("t", "end", 1);
    CountingGraph counting = new CountingGraph(graph);
    ShortestPaths paths = ShortestPaths.from(counting, "s");

    assertThat(paths.distanceTo("end")).isEqualTo(OptionalLong.of(9));
    assertThat(counting.reads())
        .as(
            "how often each node's edges were read: t was queued at 100, 51, 22 and 8. Once t"
                + " is taken at 8, its other entries are stale (their distance is larger than the"
                + " best known): skip them without reading t's edges again")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("s", 1, "x", 1, "y", 1, "z", 1, "t", 1, "end", 1));
  }

  /** A random graph on a few nodes: any edges, parallel ones and self-loops included. */
  @Provide
  Arbitrary<AdjacencyGraph> graphs() {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, 5);
    Arbitrary<long[]> edge =
        Combinators.combine(node, node, Arbitraries.longs().between(0, 9))
            .as((from, to, weight) -> new long[] {from, to, weight});
    return Combinators.combine(Arbitraries.integers().between(1, 6), edge.list().ofMaxSize(14))
        .as(
            (count, edges) -> {
              AdjacencyGraph graph = new AdjacencyGraph();
              for (int i = 0; i < count; i++) {
                graph.addNode("n" + i);
              }
              for (long[] e : edges) {
                if (e[0] < count && e[1] < count) {
                  graph.addEdge("n" + e[0], "n" + e[1], e[2]);
                }
              }
              return graph;
            });
  }

  /** The brute-force answer: the cheapest of all simple paths from source to target. */
  private static OptionalLong cheapestByEnumeration(Graph graph, String source, String target) {
    long[] best = {Long.MAX_VALUE};
    enumerate(graph, source, target, 0, new HashSet<>(Set.of(source)), best);
    return best[0] == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(best[0]);
  }

  private static void enumerate(
      Graph graph, String at, String target, long cost, Set<String> visited, long[] best) {
    if (at.equals(target)) {
      best[0] = Math.min(best[0], cost);
      return;
    }
    for (Edge edge : graph.edgesFrom(at)) {
      if (visited.add(edge.to())) {
        enumerate(graph, edge.to(), target, cost + edge.weight(), visited, best);
        visited.remove(edge.to());
      }
    }
  }

  @Property(tries = 300)
  @Label("on random small graphs, distances agree with trying every simple path")
  void agreesWithBruteForce(@ForAll("graphs") AdjacencyGraph graph) {
    CountingGraph counting = new CountingGraph(graph);
    ShortestPaths paths = ShortestPaths.from(counting, "n0");
    assertThat(counting.reads().values())
        .as("in %s from n0, each node's edges are read at most once: %s", graph, counting.reads())
        .allMatch(reads -> reads == 1);

    for (String target : graph.nodes()) {
      OptionalLong expected = cheapestByEnumeration(graph, "n0", target);
      assertThat(paths.distanceTo(target))
          .as("in %s, the cheapest path from n0 to %s", graph, target)
          .isEqualTo(expected);
      Optional<List<String>> path = paths.pathTo(target);
      assertThat(path.isPresent())
          .as("in %s, a path to %s exists exactly when a distance does", graph, target)
          .isEqualTo(expected.isPresent());
      path.ifPresent(p -> assertPathCosts(graph, p, target, expected.getAsLong()));
    }
  }

  private static void assertPathCosts(Graph graph, List<String> path, String target, long cost) {
    assertThat(path)
        .as("in %s, the path to %s starts at the source", graph, target)
        .startsWith("n0");
    assertThat(path.get(path.size() - 1))
        .as("in %s, the path %s ends at %s", graph, path, target)
        .isEqualTo(target);
    assertThat(new HashSet<>(path))
        .as("in %s, the path %s visits no node twice", graph, path)
        .hasSize(path.size());
    long sum = 0;
    List<String> steps = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      String from = path.get(i);
      String to = path.get(i + 1);
      OptionalLong cheapest =
          graph.edgesFrom(from).stream()
              .filter(e -> e.to().equals(to))
              .mapToLong(Edge::weight)
              .min();
      assertThat(cheapest)
          .as(
              "in %s, the path %s steps from %s to %s, so that edge must exist",
              graph, path, from, to)
          .isPresent();
      sum += cheapest.getAsLong();
      steps.add(from + "->" + to);
    }
    assertThat(sum)
        .as("in %s, the edges of the path %s (%s) must add up to its distance", graph, path, steps)
        .isEqualTo(cost);
  }
}
