package dev.roadmapkit.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A failure is shown as its message and the learner's line, not a stack trace")
class FailureTextTest {

  @Test
  @DisplayName(
      "an exception names its type, message, the first line of exercise code and the cause")
  void exceptionWithOrigin() {
    RuntimeException failure =
        new IllegalStateException("cache is closed", new java.io.IOException("disk full"));
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.HashMap", "get", "HashMap.java", 10),
          new StackTraceElement("dev.roadmapkit.support.report.X", "y", "X.java", 3),
          new StackTraceElement(
              "dev.roadmapkit.caching.lrucache.LruCache", "get", "LruCache.java", 42),
          new StackTraceElement("org.junit.Runner", "run", "Runner.java", 1)
        });
    assertThat(FailureText.describe(failure, 25))
        .containsExactly(
            "IllegalStateException: cache is closed",
            "at LruCache.get(LruCache.java:42)",
            "caused by IOException: disk full");
  }

  @Test
  @DisplayName("a long assertion message is cut after the limit, saying how much was left out")
  void longMessageIsCut() {
    AssertionError failure = new AssertionError("1\n2\n3\n4\n5");
    assertThat(FailureText.describe(failure, 3))
        .containsExactly("1", "2", "3", "... (2 more lines)");
  }

  @Test
  @DisplayName("stack frames inside an assertion message are left out")
  void stackFramesInMessagesAreLeftOut() {
    AssertionError failure =
        new AssertionError(
            "Expecting actual throwable to be an instance of:\n"
                + "  java.lang.IllegalArgumentException\n"
                + "but was:\n"
                + "  java.lang.UnsupportedOperationException: TODO\n"
                + "\tat dev.roadmapkit.caching.lrucache.LruCache.<init>(LruCache.java:39)\n"
                + "\tat org.assertj.core.api.ThrowableAssert.catchThrowable(ThrowableAssert.java:66)\n"
                + "\t...(16 remaining lines not displayed - this can be changed with"
                + " Assertions.setMaxStackTraceElementsDisplayed)");
    assertThat(FailureText.describe(failure, 25))
        .containsExactly(
            "Expecting actual throwable to be an instance of:",
            "  java.lang.IllegalArgumentException",
            "but was:",
            "  java.lang.UnsupportedOperationException: TODO");
  }

  @Test
  @DisplayName("the falsified sample is read from jqwik's report")
  void falsifiedSample() {
    String report =
        "timestamp = 2026-01-01T00:00, LruCacheTest:neverExceedsCapacity = \n"
            + "                              |---jqwik---\n"
            + "tries = 3                     | # of calls to property\n"
            + "\n"
            + "Shrunk Sample (5 steps)\n"
            + "-----------------------\n"
            + "  capacity: 1\n"
            + "  keys: [0, 1]\n"
            + "\n"
            + "Original Sample\n"
            + "---------------\n"
            + "  capacity: 4\n"
            + "  keys: [3, 9, 1, 0, 2]\n";
    assertThat(FailureText.falsifiedSample(report)).contains("capacity: 1, keys: [0, 1]");
    assertThat(FailureText.falsifiedSample("tries = 3")).isEmpty();
    assertThat(FailureText.falsifiedSample("Sample\n------\n  x: 7\n"))
        .as("a property that was not shrunk has a plain Sample")
        .contains("x: 7");
  }

  @Test
  @DisplayName("a timeout says to look for an endless loop or a deadlock")
  void timeout() {
    assertThat(FailureText.describe(new TimeoutException("get() timed out after 10 seconds"), 25))
        .hasSize(2)
        .first()
        .isEqualTo("get() timed out after 10 seconds");
    assertThat(FailureText.describe(new TimeoutException(), 25).get(1)).contains("endless loop");
  }
}
