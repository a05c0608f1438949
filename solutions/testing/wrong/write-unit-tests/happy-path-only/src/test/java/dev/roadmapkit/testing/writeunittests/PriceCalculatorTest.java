package dev.roadmapkit.testing.writeunittests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

  private final PriceCalculator calculator = new PriceCalculator();

  @Test
  void bulkDiscount() {
    assertThat(calculator.price(List.of(new Line("PEN", 100, 20)), Optional.empty()))
        .isEqualTo(new Receipt(2_000, 200, 499, 2_299));
  }

  @Test
  void coupon() {
    assertThat(calculator.price(List.of(new Line("LAMP", 8_000, 1)), Optional.of("SAVE5")))
        .isEqualTo(new Receipt(8_000, 500, 499, 7_999));
  }

  @Test
  void freeShipping() {
    assertThat(calculator.price(List.of(new Line("DESK", 20_000, 1)), Optional.empty()))
        .isEqualTo(new Receipt(20_000, 0, 0, 20_000));
  }

  @Test
  void smallBasket() {
    assertThat(calculator.price(List.of(new Line("MUG", 250, 2)), Optional.empty()))
        .isEqualTo(new Receipt(500, 0, 499, 999));
  }
}
