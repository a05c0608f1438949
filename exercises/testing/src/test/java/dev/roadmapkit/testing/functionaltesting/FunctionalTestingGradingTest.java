package dev.roadmapkit.testing.functionaltesting;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code TodoApiTest}: it must pass on the correct service and catch each of its buggy
 * copies (one test here per bug), each started by your tests as {@link TodoServer}. A missed bug is
 * described by what it does wrong; its code stays hidden. Do not edit this class: edit TodoApiTest.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("functional-testing: your TodoApiTest, graded by the bugs it catches")
class FunctionalTestingGradingTest {

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(FunctionalTestingGradingTest.class, TodoServer.class)
          .learnerTests("TodoApiTest")
          .build();

  @Test
  @DisplayName("all your tests pass on the correct service, and can fail")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 9 is caught")
  void createAnswers200() {
    GRADER.assertCatches("createAnswers200");
  }

  @Test
  @DisplayName("bug 2 of 9 is caught")
  void createWithoutLocation() {
    GRADER.assertCatches("createWithoutLocation");
  }

  @Test
  @DisplayName("bug 3 of 9 is caught")
  void wrongMethodNotFound() {
    GRADER.assertCatches("wrongMethodNotFound");
  }

  @Test
  @DisplayName("bug 4 of 9 is caught")
  void noContentType() {
    GRADER.assertCatches("noContentType");
  }

  @Test
  @DisplayName("bug 5 of 9 is caught")
  void titleMisnamedInList() {
    GRADER.assertCatches("titleMisnamedInList");
  }

  @Test
  @DisplayName("bug 6 of 9 is caught")
  void limitOffByOne() {
    GRADER.assertCatches("limitOffByOne");
  }

  @Test
  @DisplayName("bug 7 of 9 is caught")
  void blankTitleAccepted() {
    GRADER.assertCatches("blankTitleAccepted");
  }

  @Test
  @DisplayName("bug 8 of 9 is caught")
  void contentTypeCaseSensitive() {
    GRADER.assertCatches("contentTypeCaseSensitive");
  }

  @Test
  @DisplayName("bug 9 of 9 is caught")
  void longestTitleRefused() {
    GRADER.assertCatches("longestTitleRefused");
  }
}
