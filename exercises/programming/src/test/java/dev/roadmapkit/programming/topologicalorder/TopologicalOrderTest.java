package dev.roadmapkit.programming.topologicalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/topological-order: TopologicalOrder")
class TopologicalOrderTest {

  /** Keeps the order the test wrote the topics in, so insertion order never looks alphabetical. */
  private static Map<String, List<String>> graph(Object... topicsAndPrerequisites) {
    Map<String, List<String>> graph = new LinkedHashMap<>();
    for (int i = 0; i < topicsAndPrerequisites.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> required = (List<String>) topicsAndPrerequisites[i + 1];
      graph.put((String) topicsAndPrerequisites[i], required);
    }
    return graph;
  }

  @Test
  @DisplayName("a chain of prerequisites comes out prerequisites first")
  void chain() {
    assertThat(TopologicalOrder.order(graph("http", List.of("tcp"), "tcp", List.of("ip"))))
        .as(
            "http needs tcp and tcp needs ip, so the order is ip, tcp, http: a topic comes AFTER"
                + " the topics in its list (ip is only named as a prerequisite, and is a topic"
                + " too)")
        .containsExactly("ip", "tcp", "http");
  }

  @Test
  @DisplayName("every topic is placed: keys with no prerequisites and topics only named as one")
  void everyTopicPlaced() {
    assertThat(TopologicalOrder.order(Map.of())).as("no topics give an empty order").isEmpty();
    assertThat(TopologicalOrder.order(graph("solo", List.of())))
        .as("a topic with an empty list of prerequisites is ready at once")
        .containsExactly("solo");
    assertThat(TopologicalOrder.order(graph("b", List.of("a"), "c", List.of("a"))))
        .as(
            "\"a\" is never a key, only a prerequisite of b and c: it must be in the order, first,"
                + " and only once")
        .containsExactly("a", "b", "c");
  }

  @Test
  @DisplayName("the alphabetically first ready topic always comes next, not the one ready first")
  void alphabeticalAmongReady() {
    assertThat(TopologicalOrder.order(graph("d", List.of(), "b", List.of(), "a", List.of())))
        .as("three topics without prerequisites, written d, b, a: the order must be alphabetical")
        .containsExactly("a", "b", "d");
    assertThat(TopologicalOrder.order(graph("z", List.of(), "m", List.of("a"), "a", List.of())))
        .as(
            "a and z are ready at the start; placing a makes m ready, and m sorts before z, so m"
                + " comes before z. A first-in-first-out queue of ready topics gives a, z, m:"
                + " keep the ready topics in a sorted set (TreeSet, pollFirst) instead")
        .containsExactly("a", "m", "z");
  }

  @Test
  @DisplayName("a prerequisite listed twice counts once")
  void duplicatePrerequisite() {
    assertThat(TopologicalOrder.order(graph("b", List.of("a", "a"), "c", List.of("b", "a", "b"))))
        .as(
            "b lists a twice: once a is placed, b is ready. Counting the duplicate as a second"
                + " prerequisite leaves b waiting forever (and looks like a cycle)")
        .containsExactly("a", "b", "c");
  }

  @Test
  @DisplayName("a diamond: the shared prerequisite once, the topic needing both last")
  void diamond() {
    assertThat(
            TopologicalOrder.order(
                graph(
                    "apis", List.of("http", "json"),
                    "json", List.of("basics"),
                    "http", List.of("basics"))))
        .as("basics before json and http, which both come before apis")
        .containsExactly("basics", "http", "json", "apis");
  }

  private static List<String> cycleOf(Map<String, List<String>> graph) {
    CycleException thrown =
        catchThrowableOfType(CycleException.class, () -> TopologicalOrder.order(graph));
    assertThat(thrown)
        .as(
            "%s contains a cycle, so no order exists: order() must throw CycleException (when"
                + " topics are left over that never became ready, that is a cycle; returning the"
                + " topics placed so far hides it)",
            graph)
        .isNotNull();
    return thrown.cycle();
  }

  private static void assertIsCycleOf(List<String> cycle, Map<String, List<String>> graph) {
    assertThat(cycle)
        .as("a cycle is a closed path of at least two entries, for example [a, b, a]")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(cycle.get(cycle.size() - 1))
        .as(
            "the cycle %s must be closed: its last topic repeats its first, as in [a, b, c, a]",
            cycle)
        .isEqualTo(cycle.get(0));
    List<String> open = cycle.subList(0, cycle.size() - 1);
    assertThat(new HashSet<>(open))
        .as("the cycle %s visits no topic twice (except the first, again at the end)", cycle)
        .hasSize(open.size());
    for (int i = 0; i + 1 < cycle.size(); i++) {
      assertThat(graph.getOrDefault(cycle.get(i), List.of()))
          .as(
              "in the cycle %s, %s is followed by %s, so %s must need %s: a cycle goes in"
                  + " prerequisite direction, and topics that only wait for the cycle are not on"
                  + " it",
              cycle, cycle.get(i), cycle.get(i + 1), cycle.get(i), cycle.get(i + 1))
          .contains(cycle.get(i + 1));
    }
  }

  @Test
  @DisplayName("a cycle is reported as the closed path a -> b -> c -> a")
  void threeCycle() {
    Map<String, List<String>> graph =
        graph("a", List.of("b"), "b", List.of("c"), "c", List.of("a"), "d", List.of());
    List<String> cycle = cycleOf(graph);
    assertIsCycleOf(cycle, graph);
    assertThat(cycle).as("the only cycle has a, b and c on it").hasSize(4);
  }

  @Test
  @DisplayName("a topic that needs itself is the cycle [a, a]")
  void selfLoop() {
    Map<String, List<String>> graph = graph("b", List.of(), "a", List.of("a", "b"));
    assertThat(cycleOf(graph)).as("a needs a: the cycle is [a, a]").containsExactly("a", "a");
  }

  @Test
  @DisplayName("topics that merely wait for a cycle are not part of it")
  void tailIsNotOnTheCycle() {
    Map<String, List<String>> graph =
        graph(
            "a", List.of("x"),
            "x", List.of("y"),
            "y", List.of("z"),
            "z", List.of("y"),
            "b", List.of("a"));
    List<String> cycle = cycleOf(graph);
    assertIsCycleOf(cycle, graph);
    assertThat(new TreeSet<>(cycle))
        .as(
            "only y and z form the cycle; a, b and x wait for it but are not on it. Walk from a"
                + " topic left over to a prerequisite that is left over too, until a topic"
                + " repeats, and cut the walk at that topic's first visit")
        .containsExactly("y", "z");
  }

  @Test
  @DisplayName("a cycle behind topics already placed is still found")
  void cycleAfterSomePlaced() {
    Map<String, List<String>> graph =
        graph(
            "basics", List.of(),
            "p", List.of("basics", "q"),
            "q", List.of("r"),
            "r", List.of("basics", "p"));
    List<String> cycle = cycleOf(graph);
    assertIsCycleOf(cycle, graph);
    assertThat(new TreeSet<>(cycle))
        .as("basics is placed; p, q and r wait for each other")
        .containsExactly("p", "q", "r");
  }

  /** Random acyclic prerequisites: a topic may only need topics earlier in a shuffled list. */
  @Provide
  Arbitrary<Map<String, List<String>>> acyclic() {
    Arbitrary<List<String>> names =
        Arbitraries.strings()
            .withCharRange('a', 'f')
            .ofMinLength(1)
            .ofMaxLength(2)
            .list()
            .uniqueElements()
            .ofMinSize(1)
            .ofMaxSize(9);
    return names.flatMap(
        topics ->
            Combinators.combine(
                    Arbitraries.integers()
                        .between(0, topics.size() - 1)
                        .tuple2()
                        .list()
                        .ofMaxSize(16),
                    Arbitraries.of(true, false).list().ofSize(topics.size()))
                .as(
                    (edges, keyed) -> {
                      Map<String, List<String>> graph = new LinkedHashMap<>();
                      for (int i = 0; i < topics.size(); i++) {
                        if (keyed.get(i)) {
                          graph.put(topics.get(i), new ArrayList<>());
                        }
                      }
                      for (var edge : edges) {
                        int from = Math.max(edge.get1(), edge.get2());
                        int to = Math.min(edge.get1(), edge.get2());
                        if (from != to) {
                          graph
                              .computeIfAbsent(topics.get(from), t -> new ArrayList<>())
                              .add(topics.get(to));
                        }
                      }
                      if (graph.isEmpty()) {
                        graph.put(topics.get(0), new ArrayList<>());
                      }
                      return graph;
                    }));
  }

  @Property(tries = 300)
  @Label(
      "random acyclic prerequisites: each topic once, after its prerequisites, first ready first")
  void ordersAcyclic(@ForAll("acyclic") Map<String, List<String>> graph) {
    Set<String> topics = new TreeSet<>(graph.keySet());
    graph.values().forEach(topics::addAll);

    List<String> order = TopologicalOrder.order(graph);

    assertThat(order)
        .as("every topic of %s exactly once", graph)
        .containsExactlyInAnyOrderElementsOf(topics);
    Set<String> placed = new HashSet<>();
    for (String topic : order) {
      Set<String> ready = new TreeSet<>();
      for (String candidate : topics) {
        if (!placed.contains(candidate)
            && placed.containsAll(graph.getOrDefault(candidate, List.of()))) {
          ready.add(candidate);
        }
      }
      assertThat(ready)
          .as(
              "after %s, the topics of %s whose prerequisites are all placed are %s: %s must be"
                  + " one of them",
              placed, graph, ready, topic)
          .contains(topic);
      assertThat(topic)
          .as(
              "in %s after %s, the ready topics are %s: the alphabetically first must come next",
              graph, placed, ready)
          .isEqualTo(ready.iterator().next());
      placed.add(topic);
    }
  }

  @Property(tries = 200)
  @Label("random prerequisites with a cycle planted: the cycle reported is a real one")
  void reportsPlantedCycle(
      @ForAll("acyclic") Map<String, List<String>> graph,
      @ForAll("cycleLength") int length,
      @ForAll("prefix") String prefix) {
    Map<String, List<String>> withCycle = new LinkedHashMap<>();
    graph.forEach((topic, required) -> withCycle.put(topic, new ArrayList<>(required)));
    String anchor = withCycle.keySet().iterator().next();
    List<String> ring = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ring.add(prefix + i);
    }
    for (int i = 0; i < length; i++) {
      withCycle.put(ring.get(i), new ArrayList<>(List.of(ring.get((i + 1) % length))));
    }
    // The anchor now waits for the ring, so it is left over without being on the cycle.
    withCycle.get(anchor).add(ring.get(0));
    // And the ring's last topic needs one more topic, placed or not, so the walk has a choice.
    withCycle.get(ring.get(length - 1)).add("a");

    assertIsCycleOf(cycleOf(withCycle), withCycle);
  }

  @Provide
  Arbitrary<Integer> cycleLength() {
    return Arbitraries.integers().between(1, 5);
  }

  @Provide
  Arbitrary<String> prefix() {
    return Arbitraries.of("a", "c", "m", "z");
  }
}
