package dev.roadmapkit.designprinciples.openclosed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guard tests: today's promotions, through {@link DiscountCalculator#standard()}. They pass on the
 * starting code and must keep passing once the promotions are rules of their own.
 */
@Tag("guard")
@DisplayName("design-principles/open-closed: today's promotions keep working (guard)")
class DiscountCalculatorTest {

  private static final String KEEP =
      "this guard passed before your refactoring: moving a promotion into its own DiscountRule"
          + " must not change the discount it gives";

  private final DiscountCalculator calculator = DiscountCalculator.standard();

  @ParameterizedTest(name = "subtotal {0}, {1} items, {2} years, coupon \"{3}\": discount {4}")
  @CsvSource({
    "10000, 1, 0, '', 0",
    "10000, 1, 2, '', 0",
    "10000, 1, 3, '', 500",
    "999, 1, 7, '', 49",
    "10000, 9, 0, '', 0",
    "10000, 10, 0, '', 1000",
    "10000, 1, 0, WELCOME10, 1000",
    "10000, 1, 0, welcome10, 0",
    "30000, 1, 4, WELCOME10, 1500",
    "10000, 1, 5, WELCOME10, 1000",
    "10000, 12, 5, '', 1000",
    "700, 1, 0, WELCOME10, 700",
    "0, 0, 0, WELCOME10, 0"
  })
  @DisplayName(
      "the standard promotions: loyalty 5% from 3 years, bulk 10% from 10 items, WELCOME10")
  void standardPromotions(long subtotal, int items, int years, String coupon, long expected) {
    Order order = new Order(subtotal, items, years, coupon);

    assertThat(calculator.discountCents(order))
        .as(
            "%s. %s: the largest applicable promotion (they do not add up), at most the subtotal",
            KEEP, order)
        .isEqualTo(expected);
    assertThat(calculator.totalCents(order))
        .as("%s. totalCents is the subtotal minus the discount", KEEP)
        .isEqualTo(subtotal - expected);
  }

  @Test
  @DisplayName("an order with a negative number is refused, naming the number")
  void ordersAreValidated() {
    assertThat(catchThrowable(() -> new Order(-1, 1, 1, "")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subtotalCents");
    assertThat(catchThrowable(() -> new Order(1, -1, 1, "")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itemCount");
    assertThat(catchThrowable(() -> new Order(1, 1, -1, "")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerYears");
    assertThat(catchThrowable(() -> new Order(1, 1, 1, null)))
        .as(KEEP)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("couponCode");
  }
}
