package dev.roadmapkit.designprinciples.liskovsubstitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guard tests: what both kinds of location already do right. They must keep passing when you change
 * the hierarchy.
 */
@Tag("guard")
@DisplayName("design-principles/liskov-substitution: what locations already do right (guard)")
class LocationsTest {

  private static final String KEEP =
      "this guard passed before your change: fixing the hierarchy must not change it";

  @Test
  @DisplayName("a bin has its aisle and shelf and no label")
  void bin() {
    Location bin = Locations.bin(3, 7);

    assertThat(bin.aisle()).as(KEEP).isEqualTo(3);
    assertThat(bin.shelf()).as(KEEP).isEqualTo(7);
    assertThat(bin.label()).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("a labelled bin has its aisle, shelf and label")
  void labelledBin() {
    Location bin = Locations.labelledBin(2, 5, "FRAGILE");

    assertThat(bin.aisle()).as(KEEP).isEqualTo(2);
    assertThat(bin.shelf()).as(KEEP).isEqualTo(5);
    assertThat(bin.label()).as(KEEP).contains("FRAGILE");
  }

  @Test
  @DisplayName("the distance between plain bins is the aisle difference plus the shelf difference")
  void distanceBetweenBins() {
    assertThat(Locations.bin(1, 4).distanceTo(Locations.bin(3, 1))).as(KEEP).isEqualTo(5);
    assertThat(Locations.bin(3, 1).distanceTo(Locations.bin(1, 4))).as(KEEP).isEqualTo(5);
    assertThat(Locations.bin(0, 0).distanceTo(Locations.bin(0, 0))).as(KEEP).isZero();
  }

  @Test
  @DisplayName("locations of the same kind are equal when their values are")
  void sameKindEquality() {
    assertThat(Locations.bin(1, 2)).as(KEEP).isEqualTo(Locations.bin(1, 2));
    assertThat(Locations.bin(1, 2).hashCode()).as(KEEP).isEqualTo(Locations.bin(1, 2).hashCode());
    assertThat(Locations.bin(1, 2)).as(KEEP).isNotEqualTo(Locations.bin(2, 1));
    assertThat(Locations.bin(1, 2)).as(KEEP).isNotEqualTo(Locations.bin(1, 3));
    assertThat(Locations.labelledBin(1, 2, "A"))
        .as(KEEP)
        .isEqualTo(Locations.labelledBin(1, 2, "A"));
    assertThat(Locations.labelledBin(1, 2, "A").hashCode())
        .as(KEEP)
        .isEqualTo(Locations.labelledBin(1, 2, "A").hashCode());
    assertThat(Locations.labelledBin(1, 2, "A"))
        .as(KEEP)
        .isNotEqualTo(Locations.labelledBin(1, 2, "B"));
    assertThat(Locations.labelledBin(1, 2, "A"))
        .as(KEEP)
        .isNotEqualTo(Locations.labelledBin(0, 2, "A"));
    assertThat(Locations.bin(1, 2)).as(KEEP).isNotEqualTo("Bin[aisle=1, shelf=2]");
  }

  @Test
  @DisplayName("a negative aisle or shelf is refused")
  void refusesNegativeCoordinates() {
    assertThat(catchThrowable(() -> Locations.bin(-1, 0)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(catchThrowable(() -> Locations.bin(0, -2)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    assertThat(catchThrowable(() -> Locations.labelledBin(-3, 0, "A")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }

  @ParameterizedTest(name = "label \"{0}\" is refused")
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  @DisplayName("a labelled bin without a real label is refused")
  void refusesBlankLabels(String label) {
    assertThat(catchThrowable(() -> Locations.labelledBin(0, 0, label)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label");
  }
}
