package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItemsPayFullPrice() {
    assertThat(Discount.priceInCents(1000, 10)).as("ten items").isEqualTo(1000);
  }

  @Test
  void twentyItemsGetTenPercentOff() {
    assertThat(Discount.priceInCents(1000, 20)).isEqualTo(900);
  }
}
