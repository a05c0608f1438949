package dev.roadmapkit.designprinciples.liskovsubstitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The contract of {@link Location}, as properties that every implementation must satisfy, run on
 * every kind of location and every mix of kinds. A small warehouse (2 aisles, 3 shelves, labels A
 * and B) keeps the search exhaustive: every pair of locations is tried.
 *
 * <p>The properties tagged {@code guard} already hold and must keep holding; the others fail until
 * the hierarchy is fixed.
 */
@Label("design-principles/liskov-substitution: the Location contract, for every implementation")
class LocationContractTest {

  /** Every location of the small warehouse, plain and labelled. */
  @Provide
  Arbitrary<Location> locations() {
    Arbitrary<Integer> aisles = Arbitraries.integers().between(0, 1);
    Arbitrary<Integer> shelves = Arbitraries.integers().between(0, 2);
    Arbitrary<Location> plain = Combinators.combine(aisles, shelves).as(Locations::bin);
    Arbitrary<Location> labelled =
        Combinators.combine(aisles, shelves, Arbitraries.of("A", "B")).as(Locations::labelledBin);
    return Arbitraries.oneOf(plain, labelled);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label("equals is symmetric: a.equals(b) exactly when b.equals(a)")
  void equalsIsSymmetric(@ForAll("locations") Location a, @ForAll("locations") Location b) {
    assertThat(b.equals(a))
        .as(
            "%s.equals(%s) is %s, so %s.equals(%s) must be %s too. A subclass that adds a value"
                + " (the label) to equals cannot stay symmetric with its superclass: make the two"
                + " kinds siblings that both implement Location",
            a, b, a.equals(b), b, a, a.equals(b))
        .isEqualTo(a.equals(b));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label("equal locations have equal hash codes")
  void equalLocationsHaveEqualHashCodes(
      @ForAll("locations") Location a, @ForAll("locations") Location b) {
    if (a.equals(b)) {
      assertThat(a.hashCode())
          .as(
              "%s.equals(%s), so their hashCode() must be equal, or a HashSet or HashMap holds"
                  + " both or finds neither",
              a, b)
          .isEqualTo(b.hashCode());
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label("removing duplicates from a pick list does not depend on the order of the picks")
  void deduplicationIgnoresOrder(@ForAll("locations") Location a, @ForAll("locations") Location b) {
    assertThat(distinct(List.of(b, a)))
        .as(
            "a pick list [%s, %s] deduplicated with `if (!list.contains(x)) list.add(x)` keeps"
                + " %s; in the other order it must keep as many. ArrayList.contains calls equals"
                + " on the new location, so an asymmetric equals gives different answers",
            a, b, distinct(List.of(a, b)))
        .hasSameSizeAs(distinct(List.of(a, b)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label("the distance from a location to itself is 0")
  void distanceToItselfIsZero(@ForAll("locations") Location a) {
    assertThat(a.distanceTo(a))
        .as(
            "%s.distanceTo(itself) must be 0: the contract says distance is the steps walked,"
                + " |aisle difference| + |shelf difference|; extra costs (like scanning a label)"
                + " do not belong in distanceTo",
            a)
        .isZero();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Label("distance is the same in both directions")
  void distanceIsSymmetric(@ForAll("locations") Location a, @ForAll("locations") Location b) {
    assertThat(b.distanceTo(a))
        .as(
            "%s.distanceTo(%s) is %d, so %s.distanceTo(%s) must be %d too: a picker walks as"
                + " far in both directions. An override that changes the result for one kind of"
                + " location breaks every route planner written against Location",
            a, b, a.distanceTo(b), b, a, a.distanceTo(b))
        .isEqualTo(a.distanceTo(b));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  @Tag("guard")
  @Label("equals is reflexive: every location equals itself (guard)")
  void equalsIsReflexive(@ForAll("locations") Location a) {
    assertThat(a.equals(a)).as("%s.equals(itself) must be true", a).isTrue();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 6000)
  @Tag("guard")
  @Label("equals is transitive (guard)")
  void equalsIsTransitive(
      @ForAll("locations") Location a,
      @ForAll("locations") Location b,
      @ForAll("locations") Location c) {
    if (a.equals(b) && b.equals(c)) {
      assertThat(a.equals(c))
          .as("%s equals %s, which equals %s, so %s must equal %s", a, b, c, a, c)
          .isTrue();
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 6000)
  @Tag("guard")
  @Label("distance is never negative and no detour is shorter (guard)")
  void distanceIsAMetric(
      @ForAll("locations") Location a,
      @ForAll("locations") Location b,
      @ForAll("locations") Location c) {
    assertThat(a.distanceTo(c)).as("%s.distanceTo(%s) must not be negative", a, c).isNotNegative();
    assertThat(a.distanceTo(c))
        .as("going from %s to %s directly must not be longer than via %s", a, c, b)
        .isLessThanOrEqualTo(a.distanceTo(b) + b.distanceTo(c));
  }

  private static List<Location> distinct(List<Location> picks) {
    List<Location> kept = new ArrayList<>();
    for (Location pick : picks) {
      if (!kept.contains(pick)) {
        kept.add(pick);
      }
    }
    return kept;
  }
}
