package dev.roadmapkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.GeneratedRoadmaps;
import dev.roadmapkit.core.GeneratedRoadmaps.Graph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("The learning order of sections")
class LearningOrderPropertyTest {

  @Property(tries = 300)
  @Label("places every section exactly once, after all of its prerequisites")
  void respectsEveryPrerequisite(@ForAll("dags") Graph graph) {
    List<Section> order = graph.roadmap().learningOrder();

    assertThat(order)
        .as("learning order holds every section once")
        .containsExactlyInAnyOrderElementsOf(graph.roadmap().sections());
    for (Section section : order) {
      for (SectionId prerequisite : section.prerequisites()) {
        assertThat(indexOf(order, prerequisite))
            .as(
                "position of prerequisite %s before %s in %s",
                prerequisite, section.id(), ids(order))
            .isLessThan(order.indexOf(section));
      }
    }
  }

  @Property(tries = 300)
  @Label("is stable: each next section is the earliest in the file whose prerequisites are met")
  void isStable(@ForAll("dags") Graph graph) {
    List<Section> file = graph.roadmap().sections();
    List<Section> order = graph.roadmap().learningOrder();

    Set<SectionId> placed = new HashSet<>();
    for (Section chosen : order) {
      Section earliestReady =
          file.stream()
              .filter(s -> !placed.contains(s.id()))
              .filter(s -> placed.containsAll(s.prerequisites()))
              .findFirst()
              .orElseThrow();
      assertThat(chosen.id())
          .as("section chosen after %s (file order %s)", placed, ids(file))
          .isEqualTo(earliestReady.id());
      placed.add(chosen.id());
    }
  }

  @Property(tries = 200)
  @Label("keeps the file order when the file already lists prerequisites first")
  void keepsATopologicalFileOrder(@ForAll("dags") Graph graph) {
    List<Section> sorted = new ArrayList<>(graph.roadmap().sections());
    sorted.sort((a, b) -> Integer.compare(GeneratedRoadmaps.node(a), GeneratedRoadmaps.node(b)));
    Roadmap inOrder = new Roadmap("Sorted", sorted);

    assertThat(ids(inOrder.learningOrder()))
        .as("learning order of a file already in a valid order")
        .containsExactlyElementsOf(ids(sorted));
  }

  @Property(tries = 200)
  @Label("gives the same order every time")
  void isDeterministic(@ForAll("dags") Graph graph) {
    assertThat(ids(graph.roadmap().learningOrder()))
        .as("second computation of the learning order")
        .isEqualTo(ids(graph.roadmap().learningOrder()));
  }

  @Provide
  Arbitrary<Graph> dags() {
    return GeneratedRoadmaps.acyclic();
  }

  private static int indexOf(List<Section> order, SectionId id) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ids(List<Section> sections) {
    return sections.stream().map(s -> s.id().value()).toList();
  }
}
