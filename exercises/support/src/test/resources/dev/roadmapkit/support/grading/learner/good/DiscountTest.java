package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void nineItemsPayFullPrice() {
    assertThat(Discount.priceInCents(1000, 9)).isEqualTo(1000);
  }

  @Test
  void tenItemsGetTenPercentOff() {
    assertEquals(900, Discount.priceInCents(1000, 10));
  }

  @Test
  void anEmptyBasketIsFree() {
    assertThat(Discount.priceInCents(0, 0)).isZero();
  }
}
