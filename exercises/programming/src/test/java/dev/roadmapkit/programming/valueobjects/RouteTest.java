package dev.roadmapkit.programming.valueobjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/value-objects: Route")
class RouteTest {

  @Test
  @DisplayName("a route in a HashSet is still found after the caller changes its list")
  void notLostInHashSet() {
    List<String> stops = new ArrayList<>(List.of("Central", "Harbour"));
    Route route = new Route("Line 1", stops);
    Set<Route> routes = new HashSet<>();
    routes.add(route);

    stops.add("Airport");

    assertThat(route.stops())
        .as(
            "the caller added \"Airport\" to the list it passed to new Route(...): the route must"
                + " not change. Copy the list in the compact constructor: stops ="
                + " List.copyOf(stops) (Collections.unmodifiableList is only a view of the"
                + " caller's list)")
        .containsExactly("Central", "Harbour");
    assertThat(routes.contains(route))
        .as(
            "the route was put into a HashSet; if its list changed, so did its hashCode, and the"
                + " set looks in the wrong bucket: contains(route) is false for the route it"
                + " holds")
        .isTrue();
  }

  @Test
  @DisplayName("the list stops() returns cannot be changed")
  void accessorUnmodifiable() {
    Route route = new Route("Line 2", List.of("North", "South"));
    assertThatThrownBy(() -> route.stops().add("East"))
        .as(
            "route.stops().add(...) must throw UnsupportedOperationException: a copy into an"
                + " ArrayList protects from the caller's list but hands out a list anyone can"
                + " change. List.copyOf gives an unmodifiable one")
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(route.stops()).containsExactly("North", "South");
  }

  @Test
  @DisplayName("withStop makes a new route and leaves this one as it was")
  void withStop() {
    Route route = new Route("Line 3", List.of("A", "B"));
    Route longer = route.withStop("C");
    assertThat(longer.stops()).as("withStop(\"C\") appends C").containsExactly("A", "B", "C");
    assertThat(longer.name()).as("the name is kept").isEqualTo("Line 3");
    assertThat(route.stops())
        .as("a value never changes: the original route still has only A and B")
        .containsExactly("A", "B");
    assertThat(longer).as("a different list of stops is a different route").isNotEqualTo(route);
  }

  @Test
  @DisplayName("routes with equal names and stops are equal, with equal hash codes")
  void valueEquality() {
    Route a = new Route("Line 4", new ArrayList<>(List.of("X", "Y")));
    Route b = new Route("Line 4", List.of("X", "Y"));
    assertThat(a).as("same name, same stops: equal, whatever kind of list was passed").isEqualTo(b);
    assertThat(a.hashCode()).as("equal objects have equal hash codes").isEqualTo(b.hashCode());
    assertThat(a)
        .as("the order of the stops matters")
        .isNotEqualTo(new Route("Line 4", List.of("Y", "X")));
    assertThat(a).isNotEqualTo(new Route("Line 5", List.of("X", "Y")));
  }

  @Test
  @DisplayName("a blank name or fewer than two stops is refused")
  void validation() {
    assertThatIllegalArgumentException()
        .as("new Route(\" \", ...): a route needs a name")
        .isThrownBy(() -> new Route(" ", List.of("A", "B")));
    assertThatIllegalArgumentException()
        .as("new Route(\"Line\", [A]): one stop is not a route")
        .isThrownBy(() -> new Route("Line", List.of("A")));
    assertThatIllegalArgumentException()
        .as("new Route(\"Line\", []): no stops")
        .isThrownBy(() -> new Route("Line", List.of()));
    assertThat(new Route("Line", List.of("A", "B")).stops()).as("two stops are enough").hasSize(2);
  }

  @Provide
  Arbitrary<List<String>> stops() {
    return Arbitraries.of("A", "B", "C").list().ofMinSize(2).ofMaxSize(3);
  }

  @Property(tries = 200)
  @Label("equal exactly when name and stops are equal; equal routes hash alike")
  void equalsContract(
      @ForAll("stops") List<String> stops1,
      @ForAll("stops") List<String> stops2,
      @ForAll("names") String name1,
      @ForAll("names") String name2) {
    Route a = new Route(name1, new ArrayList<>(stops1));
    Route b = new Route(name2, stops2);
    boolean same = name1.equals(name2) && stops1.equals(stops2);
    assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(same);
    assertThat(b.equals(a)).as("%s equals %s (symmetric)", b, a).isEqualTo(same);
    if (same) {
      assertThat(a.hashCode())
          .as("hash codes of the equal %s and %s", a, b)
          .isEqualTo(b.hashCode());
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Line 1", "Line 2");
  }
}
