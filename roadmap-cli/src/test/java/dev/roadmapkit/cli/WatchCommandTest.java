package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.cli.watch.SourceWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./roadmap watch, end to end")
class WatchCommandTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Test
  @DisplayName(
      "checks, re-checks on a save, moves on when the exercise passes, and ends when all pass")
  void watches(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> Main.run(new String[] {"watch"}, fixture.context()));

    awaitOutput(fixture, "watching exercises/basics/src for changes to basics/adder", 1);
    assertThat(fixture.out()).contains("\u2718 basics/adder: 0 of 2 tests pass");

    fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

    awaitOutput(fixture, "\u2714 basics/adder passes: 2 of 2 tests", 1);
    awaitOutput(fixture, "watching exercises/basics/src for changes to basics/greeter", 1);
    assertThat(fixture.out())
        .contains("Adder.java changed: checking basics/adder again")
        .contains("On to the next exercise: basics/greeter  Greet by name");

    fixture.write(FixtureKit.GREETER, FixtureKit.GREETER_SOLVED);

    assertThat(exit.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isZero();
    assertThat(fixture.out())
        .contains("\u2714 basics/greeter passes: 1 of 1 test ")
        .contains("Every exercise passes. Well done!");
    assertThat(fixture.progressJson()).doesNotContain("failing");
  }

  @Test
  @DisplayName(
      "with the platform's watch service off (roadmap.watch=poll), the scan alone notices a save"
          + " and re-checks")
  void scanAlone(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    String before = System.getProperty(SourceWatcher.MODE_PROPERTY);
    System.setProperty(SourceWatcher.MODE_PROPERTY, "poll");
    Thread watch =
        new Thread(() -> Main.run(new String[] {"watch", "basics/adder"}, fixture.context()));
    watch.setDaemon(true);
    try {
      watch.start();
      awaitOutput(fixture, "watching exercises/basics/src", 1);

      fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

      awaitOutput(fixture, "Adder.java changed: checking basics/adder again", 1);
      awaitOutput(fixture, "\u2714 basics/adder passes", 1);
    } finally {
      watch.interrupt();
      watch.join(DEADLINE.toMillis());
      if (before == null) {
        System.clearProperty(SourceWatcher.MODE_PROPERTY);
      } else {
        System.setProperty(SourceWatcher.MODE_PROPERTY, before);
      }
    }
    assertThat(watch.isAlive()).as("watch ends when interrupted").isFalse();
  }

  @Test
  @DisplayName("a save that breaks the code shows the compile error and keeps watching")
  void compileErrorThenFix(@TempDir Path dir) throws Exception {
    FixtureKit fixture = FixtureKit.in(dir);
    Thread watch =
        new Thread(() -> Main.run(new String[] {"watch", "basics/adder"}, fixture.context()));
    watch.setDaemon(true);
    watch.start();
    try {
      awaitOutput(fixture, "watching exercises/basics/src", 1);

      fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED.replace("a + b;", "a +"));

      awaitOutput(fixture, "basics/adder does not compile", 1);
      awaitOutput(fixture, "watching exercises/basics/src", 2);

      fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);

      awaitOutput(fixture, "\u2714 basics/adder passes", 1);
    } finally {
      watch.interrupt();
      watch.join(DEADLINE.toMillis());
    }
    assertThat(watch.isAlive()).as("watch ends when interrupted").isFalse();
  }

  /** Polls the output until {@code text} appears {@code times} times, or fails at the deadline. */
  private static void awaitOutput(FixtureKit fixture, String text, int times)
      throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (count(fixture.out(), text) < times) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "'"
                + text
                + "' did not appear "
                + times
                + " time(s) within "
                + DEADLINE
                + "; output:\n"
                + fixture.out()
                + "\nerrors:\n"
                + fixture.err());
      }
      Thread.sleep(20);
    }
  }

  private static int count(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }
}
