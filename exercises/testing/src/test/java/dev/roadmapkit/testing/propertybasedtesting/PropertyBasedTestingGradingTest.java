package dev.roadmapkit.testing.propertybasedtesting;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code PercentCodecTest}: it must pass on the correct {@link PercentCodec} and catch
 * each of its buggy copies (one test here per bug), every bug of which shows only on some inputs. A
 * missed bug is described by what it does wrong; its code stays hidden. Do not edit this class:
 * edit PercentCodecTest.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("property-based-testing: your PercentCodecTest, graded by the bugs it catches")
class PropertyBasedTestingGradingTest {

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(PropertyBasedTestingGradingTest.class, PercentCodec.class)
          .learnerTests("PercentCodecTest")
          .build();

  @Test
  @DisplayName("all your properties pass on the correct PercentCodec, and can fail")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 8 is caught")
  void emptyInputRejected() {
    GRADER.assertCatches("emptyInputRejected");
  }

  @Test
  @DisplayName("bug 2 of 8 is caught")
  void lowBytesUnpadded() {
    GRADER.assertCatches("lowBytesUnpadded");
  }

  @Test
  @DisplayName("bug 3 of 8 is caught")
  void highBytesSignExtended() {
    GRADER.assertCatches("highBytesSignExtended");
  }

  @Test
  @DisplayName("bug 4 of 8 is caught")
  void percentLeftRaw() {
    GRADER.assertCatches("percentLeftRaw");
  }

  @Test
  @DisplayName("bug 5 of 8 is caught")
  void tildeEscaped() {
    GRADER.assertCatches("tildeEscaped");
  }

  @Test
  @DisplayName("bug 6 of 8 is caught")
  void lowerCaseHexMisread() {
    GRADER.assertCatches("lowerCaseHexMisread");
  }

  @Test
  @DisplayName("bug 7 of 8 is caught")
  void truncatedEscapeAccepted() {
    GRADER.assertCatches("truncatedEscapeAccepted");
  }

  @Test
  @DisplayName("bug 8 of 8 is caught")
  void rawReservedAccepted() {
    GRADER.assertCatches("rawReservedAccepted");
  }
}
