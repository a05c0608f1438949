package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void elevenItemsGetTenPercentOff() {
    assertThat(Discount.priceInCents(1000, 11)).isEqualTo(900);
  }
}
