package dev.roadmapkit.testing.writeunittests;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

  private final PriceCalculator calculator = new PriceCalculator();

  @Test
  void bulkBoundary() {
    calculator.price(List.of(new Line("PEN", 100, 10)), Optional.empty());
    calculator.price(List.of(new Line("PEN", 100, 9)), Optional.empty());
  }

  @Test
  void couponAndShipping() {
    calculator.price(List.of(new Line("LAMP", 5_000, 1)), Optional.of("SAVE5"));
    calculator.price(List.of(new Line("DESK", 10_000, 1)), Optional.empty());
    calculator.price(List.of(new Line("MUG", 250, 0)), Optional.empty());
  }
}
