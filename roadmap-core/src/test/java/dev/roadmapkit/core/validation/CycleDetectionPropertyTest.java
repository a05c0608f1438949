package dev.roadmapkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.core.GeneratedRoadmaps;
import dev.roadmapkit.core.GeneratedRoadmaps.Graph;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Cycle detection among prerequisites")
class CycleDetectionPropertyTest {

  @Property(tries = 300)
  @Label("finds no problem in an acyclic roadmap")
  void acceptsAcyclicRoadmaps(@ForAll("dags") Graph graph) {
    assertThat(RoadmapCheck.check(graph.roadmap()))
        .as("problems of an acyclic generated roadmap")
        .isEmpty();
  }

  @Property(tries = 300)
  @Label("always detects an injected cycle, reports it as a real path, and blocks the order")
  void detectsInjectedCycles(@ForAll("cyclic") Graph graph) {
    List<List<SectionId>> cycles = RoadmapCheck.cycles(graph.roadmap());

    assertThat(cycles).as("cycles found after injecting %s", graph.injectedCycle()).isNotEmpty();
    for (List<SectionId> cycle : cycles) {
      assertThat(cycle.get(0))
          .as("a reported cycle %s ends where it starts", cycle)
          .isEqualTo(cycle.get(cycle.size() - 1));
      for (int i = 0; i + 1 < cycle.size(); i++) {
        Section from = graph.roadmap().section(cycle.get(i)).orElseThrow();
        assertThat(from.prerequisites())
            .as("in reported cycle %s, %s requires %s", cycle, cycle.get(i), cycle.get(i + 1))
            .contains(cycle.get(i + 1));
      }
    }
    assertThat(RoadmapCheck.check(graph.roadmap()))
        .as("problems of a roadmap with a cycle")
        .anySatisfy(
            problem -> assertThat(problem.what()).startsWith("prerequisites form a cycle: "));
    assertThatThrownBy(() -> graph.roadmap().learningOrder())
        .as("learning order of a roadmap with a cycle")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("form a cycle");
  }

  @Provide
  Arbitrary<Graph> dags() {
    return GeneratedRoadmaps.acyclic();
  }

  @Provide
  Arbitrary<Graph> cyclic() {
    return GeneratedRoadmaps.withCycle();
  }
}
