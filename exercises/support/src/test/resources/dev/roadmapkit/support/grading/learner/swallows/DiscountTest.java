package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItems() {
    try {
      assertThat(Discount.priceInCents(1000, 10)).isEqualTo(900);
    } catch (AssertionError e) {
      System.out.println("close enough: " + e.getMessage());
    }
  }
}
