package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItemsGetTheDiscount() {
    while (Discount.priceInCents(1000, 10) != 900 && !Thread.currentThread().isInterrupted()) {
      Thread.onSpinWait();
    }
    assertThat(Discount.priceInCents(1000, 10)).isEqualTo(900);
  }
}
