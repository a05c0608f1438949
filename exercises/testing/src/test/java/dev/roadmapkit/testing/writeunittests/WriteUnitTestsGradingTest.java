package dev.roadmapkit.testing.writeunittests;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code PriceCalculatorTest}: it must pass on the correct {@link PriceCalculator} and
 * catch each of its buggy copies (one test here per bug). A missed bug is described by what it does
 * wrong; its code stays hidden. Do not edit this class: edit PriceCalculatorTest.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("write-unit-tests: your PriceCalculatorTest, graded by the bugs it catches")
class WriteUnitTestsGradingTest {

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(WriteUnitTestsGradingTest.class, PriceCalculator.class)
          .learnerTests("PriceCalculatorTest")
          .build();

  @Test
  @DisplayName("all your tests pass on the correct PriceCalculator, and can fail")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 8 is caught")
  void bulkFromElevenItems() {
    GRADER.assertCatches("bulkFromElevenItems");
  }

  @Test
  @DisplayName("bug 2 of 8 is caught")
  void bulkDiscountOnWholeBasket() {
    GRADER.assertCatches("bulkDiscountOnWholeBasket");
  }

  @Test
  @DisplayName("bug 3 of 8 is caught")
  void discountRoundedUp() {
    GRADER.assertCatches("discountRoundedUp");
  }

  @Test
  @DisplayName("bug 4 of 8 is caught")
  void couponThresholdExclusive() {
    GRADER.assertCatches("couponThresholdExclusive");
  }

  @Test
  @DisplayName("bug 5 of 8 is caught")
  void couponThresholdBeforeBulk() {
    GRADER.assertCatches("couponThresholdBeforeBulk");
  }

  @Test
  @DisplayName("bug 6 of 8 is caught")
  void freeShippingBeforeDiscounts() {
    GRADER.assertCatches("freeShippingBeforeDiscounts");
  }

  @Test
  @DisplayName("bug 7 of 8 is caught")
  void shippingOnEmptyBasket() {
    GRADER.assertCatches("shippingOnEmptyBasket");
  }

  @Test
  @DisplayName("bug 8 of 8 is caught")
  void zeroQuantityAccepted() {
    GRADER.assertCatches("zeroQuantityAccepted");
  }
}
