package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItems() {
    Discount.priceInCents(1000, 10);
  }

  @Test
  void noItems() {
    long price = Discount.priceInCents(1000, 0);
    System.out.println(price);
  }
}
