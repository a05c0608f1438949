package dev.roadmapkit.testing.writeunittests;

/**
 * Your tests of {@link PriceCalculator}: the exercise. Each rule of its Javadoc deserves a test at
 * its boundary (just below, at, just above), named by what it proves. They are graded by
 * WriteUnitTestsGradingTest against the correct class and buggy copies of it.
 */
class PriceCalculatorTest {

  private final PriceCalculator calculator = new PriceCalculator();

  // TODO testing/write-unit-tests: replace this with tests of every rule, then run the grading.
  // For example:
  //
  // @Test
  // @DisplayName("a line of ten gets 10% off that line")
  // void tenOfALineGetTheBulkDiscount() {
  //   Receipt receipt = calculator.price(List.of(new Line("MUG-01", 1_000, 10)), Optional.empty());
  //   assertThat(receipt.discount()).isEqualTo(...);
  // }
}
