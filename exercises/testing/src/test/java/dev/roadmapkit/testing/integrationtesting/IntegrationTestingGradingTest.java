package dev.roadmapkit.testing.integrationtesting;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code ShopRepositoriesTest}: it must pass on the correct repositories and catch each
 * of their buggy copies (one test here per bug), all against the same real database. A missed bug
 * is described by what it does wrong; its code stays hidden. Do not edit this class: edit
 * ShopRepositoriesTest.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@DisplayName("integration-testing: your ShopRepositoriesTest, graded by the bugs it catches")
class IntegrationTestingGradingTest {

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(IntegrationTestingGradingTest.class, CustomerRepository.class)
          .learnerTests("ShopRepositoriesTest")
          .describedAs("CustomerRepository and OrderRepository")
          .build();

  @Test
  @DisplayName("all your tests pass on the correct repositories, and can fail")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 8 is caught")
  void duplicateEmailIgnored() {
    GRADER.assertCatches("duplicateEmailIgnored");
  }

  @Test
  @DisplayName("bug 2 of 8 is caught")
  void emailLookupCaseSensitive() {
    GRADER.assertCatches("emailLookupCaseSensitive");
  }

  @Test
  @DisplayName("bug 3 of 8 is caught")
  void searchWildcardsUnescaped() {
    GRADER.assertCatches("searchWildcardsUnescaped");
  }

  @Test
  @DisplayName("bug 4 of 8 is caught")
  void searchUnordered() {
    GRADER.assertCatches("searchUnordered");
  }

  @Test
  @DisplayName("bug 5 of 8 is caught")
  void searchCaseSensitive() {
    GRADER.assertCatches("searchCaseSensitive");
  }

  @Test
  @DisplayName("bug 6 of 8 is caught")
  void pageSkipsFirstPage() {
    GRADER.assertCatches("pageSkipsFirstPage");
  }

  @Test
  @DisplayName("bug 7 of 8 is caught")
  void orderHalfWritten() {
    GRADER.assertCatches("orderHalfWritten");
  }

  @Test
  @DisplayName("bug 8 of 8 is caught")
  void dayInSessionZone() {
    GRADER.assertCatches("dayInSessionZone");
  }
}
