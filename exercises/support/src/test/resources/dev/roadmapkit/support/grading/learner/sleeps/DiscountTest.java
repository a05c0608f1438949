package dev.roadmapkit.support.grading.fixture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscountTest {
  @Test
  void tenItems() throws InterruptedException {
    Thread.sleep(1);
    assertThat(Discount.priceInCents(1000, 10)).isEqualTo(900);
    assertThat(java.time.Instant.now(java.time.Clock.systemUTC())).isNotNull();
    assertThat(java.time.Instant.now()).isNotNull();
  }
}
