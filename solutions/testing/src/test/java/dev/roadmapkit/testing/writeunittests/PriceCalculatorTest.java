package dev.roadmapkit.testing.writeunittests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference tests of PriceCalculator. The idea: every rule is a boundary, so each gets a test
 * just below it, at it, and where it matters just above it, and every test asserts the whole
 * receipt, so that a bug in one field cannot hide behind a check of another. The trade-off is a few
 * more numbers to work out by hand; they are worked out in the display names.
 */
class PriceCalculatorTest {

  private final PriceCalculator calculator = new PriceCalculator();

  private Receipt price(Optional<String> coupon, Line... lines) {
    return calculator.price(List.of(lines), coupon);
  }

  private Receipt price(Line... lines) {
    return price(Optional.empty(), lines);
  }

  @Test
  @DisplayName("an empty basket costs nothing, shipping included")
  void emptyBasket() {
    assertThat(price()).isEqualTo(new Receipt(0, 0, 0, 0));
  }

  @Test
  @DisplayName("lines add up unit price times quantity, and a small basket pays 499 shipping")
  void subtotalAndShipping() {
    assertThat(price(new Line("MUG", 250, 2), new Line("PEN", 100, 3)))
        .isEqualTo(new Receipt(800, 0, 499, 1_299));
  }

  @Nested
  @DisplayName("the bulk discount")
  class Bulk {

    @ParameterizedTest(name = "{0} of a line at 100 cents: {1} off")
    @CsvSource({"9, 0", "10, 100", "11, 110"})
    @DisplayName("starts at ten of a line")
    void fromTen(int quantity, long discount) {
      long subtotal = 100L * quantity;
      assertThat(price(new Line("PEN", 100, quantity)))
          .isEqualTo(new Receipt(subtotal, discount, 499, subtotal - discount + 499));
    }

    @Test
    @DisplayName("is 10% of that line only: 10 pens at 100 and a mug at 500 get 100 off, not 150")
    void perLine() {
      assertThat(price(new Line("PEN", 100, 10), new Line("MUG", 500, 1)))
          .isEqualTo(new Receipt(1_500, 100, 499, 1_899));
    }

    @Test
    @DisplayName("rounds down to the cent: 15 at 67 cents (1,005) gets 100 off, not 101")
    void roundsDown() {
      assertThat(price(new Line("CLIP", 67, 15))).isEqualTo(new Receipt(1_005, 100, 499, 1_404));
    }
  }

  @Nested
  @DisplayName("the coupon SAVE5")
  class Coupon {

    @Test
    @DisplayName("takes 500 off from exactly 5,000 after bulk discounts")
    void atTheMinimum() {
      assertThat(price(Optional.of("SAVE5"), new Line("LAMP", 5_000, 1)))
          .isEqualTo(new Receipt(5_000, 500, 499, 4_999));
    }

    @Test
    @DisplayName("does nothing at 4,999, and is not refused")
    void belowTheMinimum() {
      assertThat(price(Optional.of("SAVE5"), new Line("LAMP", 4_999, 1)))
          .isEqualTo(new Receipt(4_999, 0, 499, 5_498));
    }

    @Test
    @DisplayName(
        "counts the subtotal after bulk discounts: 10 at 550 (5,500, 4,950 after) gets no 500")
    void afterBulk() {
      assertThat(price(Optional.of("SAVE5"), new Line("BOOK", 550, 10)))
          .isEqualTo(new Receipt(5_500, 550, 499, 5_449));
    }

    @Test
    @DisplayName("an unknown code is refused, and so is the right code in the wrong case")
    void unknownCodes() {
      assertThatThrownBy(() -> price(Optional.of("SAVE10"), new Line("LAMP", 5_000, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SAVE10");
      assertThatThrownBy(() -> price(Optional.of("save5"), new Line("LAMP", 5_000, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("shipping")
  class Shipping {

    @Test
    @DisplayName("is free from exactly 10,000 after discounts")
    void freeAtTheThreshold() {
      assertThat(price(new Line("DESK", 10_000, 1))).isEqualTo(new Receipt(10_000, 0, 0, 10_000));
    }

    @Test
    @DisplayName("is charged at 9,999")
    void chargedJustBelow() {
      assertThat(price(new Line("DESK", 9_999, 1))).isEqualTo(new Receipt(9_999, 0, 499, 10_498));
    }

    @Test
    @DisplayName(
        "counts the subtotal after discounts: 10 at 1,050 (10,500, 9,450 after) pays shipping")
    void afterDiscounts() {
      assertThat(price(new Line("CHAIR", 1_050, 10)))
          .isEqualTo(new Receipt(10_500, 1_050, 499, 9_949));
    }

    @Test
    @DisplayName("counts the coupon too: 10,400 with SAVE5 is 9,900 and pays shipping")
    void afterTheCoupon() {
      assertThat(price(Optional.of("SAVE5"), new Line("DESK", 10_400, 1)))
          .isEqualTo(new Receipt(10_400, 500, 499, 10_399));
    }
  }

  @Nested
  @DisplayName("a basket is refused")
  class Refused {

    @Test
    @DisplayName("with a quantity of 0, naming the line")
    void zeroQuantity() {
      assertThatThrownBy(() -> price(new Line("MUG", 250, 0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MUG");
    }

    @Test
    @DisplayName("with a negative quantity")
    void negativeQuantity() {
      assertThatThrownBy(() -> price(new Line("MUG", 250, -1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("with a negative unit price, but a free line of 0 cents is fine")
    void negativePrice() {
      assertThatThrownBy(() -> price(new Line("MUG", -1, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MUG");
      assertThat(price(new Line("GIFT", 0, 1))).isEqualTo(new Receipt(0, 0, 499, 499));
    }
  }
}
