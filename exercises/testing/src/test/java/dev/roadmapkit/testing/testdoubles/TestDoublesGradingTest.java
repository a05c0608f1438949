package dev.roadmapkit.testing.testdoubles;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code TokenProviderTest}: it must pass on the correct {@link TokenProvider} and
 * catch each of its buggy copies (one test here per bug). A missed bug is described by what it does
 * wrong; its code stays hidden. Do not edit this class: edit TokenProviderTest.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("test-doubles: your TokenProviderTest, graded by the bugs it catches")
class TestDoublesGradingTest {

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(TestDoublesGradingTest.class, TokenProvider.class)
          .learnerTests("TokenProviderTest")
          .forbid(
              "java.lang.Thread#sleep",
              "move the TestClock with advance(...) or set(...) instead of waiting")
          .build();

  @Test
  @DisplayName("all your tests pass on the correct TokenProvider, and can fail")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 8 is caught")
  void argumentsSwapped() {
    GRADER.assertCatches("argumentsSwapped");
  }

  @Test
  @DisplayName("bug 2 of 8 is caught")
  void neverRefreshes() {
    GRADER.assertCatches("neverRefreshes");
  }

  @Test
  @DisplayName("bug 3 of 8 is caught")
  void refreshesOneSecondLate() {
    GRADER.assertCatches("refreshesOneSecondLate");
  }

  @Test
  @DisplayName("bug 4 of 8 is caught")
  void freshnessInverted() {
    GRADER.assertCatches("freshnessInverted");
  }

  @Test
  @DisplayName("bug 5 of 8 is caught")
  void requestsTwice() {
    GRADER.assertCatches("requestsTwice");
  }

  @Test
  @DisplayName("bug 6 of 8 is caught")
  void expiredTokenOnFailure() {
    GRADER.assertCatches("expiredTokenOnFailure");
  }

  @Test
  @DisplayName("bug 7 of 8 is caught")
  void failsDespiteValidToken() {
    GRADER.assertCatches("failsDespiteValidToken");
  }

  @Test
  @DisplayName("bug 8 of 8 is caught")
  void wallClock() {
    GRADER.assertCatches("wallClock");
  }
}
