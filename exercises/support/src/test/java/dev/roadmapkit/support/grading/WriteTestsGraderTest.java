package dev.roadmapkit.support.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.grading.fixture.Discount;
import dev.roadmapkit.support.grading.fixture.FixtureGrading;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WriteTestsGraderTest {

  private static WriteTestsGrader grader(String learnerCase) {
    return WriteTestsGrader.builder(FixtureGrading.class, Discount.class)
        .learnerTests("DiscountTest")
        .sourcesIn(learnerDir(learnerCase))
        .build();
  }

  private static Path learnerDir(String learnerCase) {
    try {
      return Path.of(
          WriteTestsGraderTest.class
              .getResource("/dev/roadmapkit/support/grading/learner/" + learnerCase)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("good tests pass on the correct code and catch every variant that differs from it")
  void goodTests() {
    WriteTestsGrader grader = grader("good");
    assertThatCode(grader::assertPassOnCorrectCode).doesNotThrowAnyException();
    assertThatCode(() -> grader.assertCatches("offByOne")).doesNotThrowAnyException();
    assertThatCode(() -> grader.assertCatches("discountTwice")).doesNotThrowAnyException();
    assertThatCode(() -> grader.assertCatches("throwsOnNoItems")).doesNotThrowAnyException();
  }

  @Test
  @DisplayName(
      "a variant identical to the correct code is caught by no test, and says so by its behaviour")
  void identicalVariant() {
    assertThatThrownBy(() -> grader("good").assertCatches("identical"))
        .hasMessageStartingWith(
            "Not caught: is the correct code itself (a variant that proves nothing).")
        .hasMessageContaining("Your tests catch 3 of 4 bugs.");
  }

  @Test
  @DisplayName(
      "half the tests: the count of caught bugs, and a missed one by its behaviour, never its code")
  void halfTheTests() {
    WriteTestsGrader grader = grader("half");
    assertThatCode(grader::assertPassOnCorrectCode).doesNotThrowAnyException();
    assertThatCode(() -> grader.assertCatches("discountTwice")).doesNotThrowAnyException();
    assertThatThrownBy(() -> grader.assertCatches("offByOne"))
        .hasMessage(
            "Not caught: gives the discount from eleven items, not ten.\n"
                + "Your tests catch 1 of 4 bugs. Write a test that passes on the correct Discount"
                + " and fails on code with this bug.")
        .message()
        .doesNotContain("items > 10");
  }

  @Test
  @DisplayName(
      "a learner test that fails on the correct code is reported first, with its message, and catches nothing")
  void failsOnCorrectCode() {
    WriteTestsGrader grader = grader("failsOnCorrect");
    assertThatThrownBy(grader::assertPassOnCorrectCode)
        .hasMessageStartingWith("1 of your 2 tests fail on the correct Discount")
        .hasMessageContaining(
            "DiscountTest.tenItemsPayFullPrice: [ten items] expected: 1000L but was: 900L")
        .message()
        .doesNotContain("twentyItems");
    assertThatThrownBy(() -> grader.assertCatches("offByOne"))
        .hasMessageContaining("Not caught: gives the discount from eleven items, not ten.")
        .hasMessageContaining(
            "1 of your tests fail on the correct code and count for nothing: fix them first.");
  }

  @Test
  @DisplayName("a test class without assertions catches nothing, even a bug that makes it throw")
  void noAssertions() {
    WriteTestsGrader grader = grader("noAssertions");
    assertThatThrownBy(grader::assertPassOnCorrectCode)
        .hasMessageStartingWith("None of your tests can fail, so they catch no bug:")
        .hasMessageContaining(
            "DiscountTest.tenItems has no assertion, so it fails only when the code throws")
        .hasMessageContaining("DiscountTest.noItems has no assertion");
    assertThatThrownBy(() -> grader.assertCatches("throwsOnNoItems"))
        .hasMessageContaining("Not caught: throws for an empty basket.")
        .hasMessageContaining(
            "DiscountTest.noItems fails on it, but cannot fail by an assertion, so it does not count.");
  }

  @Test
  @DisplayName("a test that catches AssertionError and drops it catches nothing")
  void swallowsFailures() {
    WriteTestsGrader grader = grader("swallows");
    assertThatThrownBy(grader::assertPassOnCorrectCode)
        .hasMessageContaining(
            "DiscountTest.tenItems catches the assertion errors it should let through");
    assertThatThrownBy(() -> grader.assertCatches("discountTwice"))
        .hasMessageContaining("Not caught: takes 10% off twice from ten items.");
  }

  @Test
  @DisplayName(
      "tests that do not compile, a missing file and a class with no tests block every case with what to do")
  void blockers(@TempDir Path empty) {
    assertThatThrownBy(() -> grader("doesNotCompile").assertCatches("offByOne"))
        .hasMessageStartingWith(
            "Your tests do not compile, so they cannot be run yet:\n  DiscountTest.java:11:")
        .hasMessageContaining("cannot find symbol");
    assertThatThrownBy(() -> grader("noTests").assertPassOnCorrectCode())
        .hasMessageStartingWith(
            "DiscountTest has no tests yet: add @Test methods that call Discount");
    WriteTestsGrader missing =
        WriteTestsGrader.builder(FixtureGrading.class, Discount.class)
            .learnerTests("DiscountTest")
            .sourcesIn(empty)
            .build();
    assertThatThrownBy(missing::assertPassOnCorrectCode)
        .hasMessageStartingWith("Write your tests in ")
        .hasMessageContaining("the file is missing");
  }

  @Test
  @DisplayName(
      "a variant name the grading class has no test for is a kit defect the correct-code case reports")
  void unknownVariant() {
    assertThatThrownBy(() -> grader("good").assertCatches("noSuchVariant"))
        .hasMessageContaining("there is no variant 'noSuchVariant'");
    assertThat(TestStrength.isAssertion("org.mockito.Mockito", "verify")).isTrue();
    assertThat(TestStrength.isAssertion("org.mockito.Mockito", "when")).isFalse();
  }

  @Test
  @DisplayName(
      "a forbidden call in the learner's tests blocks the grading, naming file, line and reason")
  void forbiddenCall() {
    WriteTestsGrader grader =
        WriteTestsGrader.builder(FixtureGrading.class, Discount.class)
            .learnerTests("DiscountTest")
            .sourcesIn(learnerDir("sleeps"))
            .forbid("java.lang.Thread#sleep", "wait for the event instead")
            .forbid("java.time.Instant#now()", "read the time from a Clock you control")
            .build();
    assertThatThrownBy(grader::assertPassOnCorrectCode)
        .hasMessage(
            "Your tests make calls they must not:\n"
                + "  DiscountTest.java:10 calls Thread.sleep: wait for the event instead\n"
                + "  DiscountTest.java:13 calls Instant.now: read the time from a Clock you control");
  }

  @Test
  @DisplayName(
      "repeated runs: the hook sees a fresh loader each run, and a test failing in some runs is flaky")
  void repeatedRuns() {
    java.util.List<ClassLoader> loaders = new java.util.ArrayList<>();
    WriteTestsGrader grader =
        WriteTestsGrader.builder(FixtureGrading.class, Discount.class)
            .learnerTests("DiscountTest")
            .sourcesIn(learnerDir("flaky"))
            .runs(3)
            .beforeEachRun(
                (loader, run) -> {
                  loaders.add(loader);
                  System.setProperty("grading.fixture.run", Integer.toString(run));
                })
            .build();
    try {
      assertThatThrownBy(grader::assertPassOnCorrectCode)
          .hasMessageStartingWith("1 of your 1 test fails on the correct Discount")
          .hasMessageContaining("DiscountTest.tenItems (in 1 of 3 runs): [an odd run]");
    } finally {
      System.clearProperty("grading.fixture.run");
    }
    assertThat(loaders).as("the correct code's runs: no variant asked for yet").hasSize(3);
    assertThatThrownBy(() -> grader.assertCatches("offByOne")).hasMessageContaining("of 4 bugs");
    assertThat(loaders).as("a miss counts every variant").hasSize(3 * 5).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("a test that hangs on a bug until the timeout stops it does not catch it")
  void hangIsNoCatch() {
    WriteTestsGrader grader =
        WriteTestsGrader.builder(FixtureGrading.class, Discount.class)
            .learnerTests("DiscountTest")
            .sourcesIn(learnerDir("hangs"))
            .timeout(java.time.Duration.ofMillis(300))
            .build();
    assertThatCode(grader::assertPassOnCorrectCode).doesNotThrowAnyException();
    assertThatThrownBy(() -> grader.assertCatches("offByOne"))
        .hasMessageContaining("Not caught: gives the discount from eleven items, not ten.")
        .hasMessageContaining(
            "DiscountTest.tenItemsGetTheDiscount hangs on it until the timeout stops it, which is"
                + " no catch");
  }
}
