package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItems() {
    assertThat(Discount.priceInCents(1000, 10)).isEqualTo(900);
    assertThat(Integer.getInteger("grading.fixture.run", 0) % 2).as("an odd run").isZero();
  }
}
