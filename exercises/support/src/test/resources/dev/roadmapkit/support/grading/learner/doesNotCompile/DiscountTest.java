package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItems() {
    assertThat(Discount.price(1000, 10)).isEqualTo(900);
  }
}
