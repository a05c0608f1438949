package dev.roadmapkit.testing.flakytests;

import dev.roadmapkit.support.grading.WriteTestsGrader;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Grades your {@code ReportServiceTest} and {@code SessionStoreTest}: they must not sleep, read the
 * wall clock or wait without a bound; they run {@value #RUNS} times, each run on a machine that is
 * busy in its own way (a thread pool slow to pick the work up, a system clock that jumps as a
 * suspended laptop's does); and in every run they must pass on the correct code and catch each of
 * its buggy copies (one test here per bug). A missed bug is described by what it does wrong; its
 * code stays hidden. Do not edit this class: edit your two test classes.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("flaky-tests: your ReportServiceTest and SessionStoreTest, run again and again")
class FlakyTestsGradingTest {

  static final int RUNS = 10;

  /** Per run, how long the thread pool takes to get to a report's work, in milliseconds. */
  private static final long[] HAND_OVER_MILLIS = {0, 40, 2, 80, 0, 20, 5, 60, 1, 10};

  private static final long SEED = 20_261_204L;

  // Each forbidden call is reported with its file and line, then one of these: what to do instead.
  private static final String SLEEPS =
      "a sleep guesses how long the code needs; wait for the result itself, with a timeout"
          + " (succeedsWithin(...), await(2, SECONDS)), or run the work on an executor you"
          + " control; for time to pass, move a clock you control";
  private static final String WALL_CLOCK =
      "the wall clock differs from run to run; give the code a Clock you control"
          + " (TestClock.at(...), Clock.fixed(...)) and work out the expected times from it";
  private static final String UNBOUNDED =
      "this waits without a bound, so a job that never completes hangs the test instead of"
          + " failing it; add a timeout (get(2, SECONDS), succeedsWithin(Duration.ofSeconds(2)))";
  private static final String SPINS =
      "a busy loop spins forever on a job that never completes; wait on the future or a"
          + " CountDownLatch, with a timeout";
  private static final String TIMING =
      "timing a call makes the test only as reliable as the machine is fast; check the order of"
          + " events instead (the future is not done before the executor runs the work)";

  private static final WriteTestsGrader GRADER =
      WriteTestsGrader.builder(FlakyTestsGradingTest.class, ReportService.class)
          .learnerTests("ReportServiceTest", "SessionStoreTest")
          .describedAs("ReportService and SessionStore")
          .forbid("java.lang.Thread#sleep", SLEEPS)
          .forbid("java.util.concurrent.TimeUnit#sleep", SLEEPS)
          .forbid("java.lang.System#currentTimeMillis", WALL_CLOCK)
          .forbid("java.lang.System#nanoTime", TIMING)
          .forbid("java.time.Instant#now()", WALL_CLOCK)
          .forbid("java.time.LocalDateTime#now()", WALL_CLOCK)
          .forbid("java.time.LocalDate#now()", WALL_CLOCK)
          .forbid("java.time.LocalTime#now()", WALL_CLOCK)
          .forbid("java.time.ZonedDateTime#now()", WALL_CLOCK)
          .forbid("java.time.OffsetDateTime#now()", WALL_CLOCK)
          .forbid("java.time.Clock#systemUTC", WALL_CLOCK)
          .forbid("java.time.Clock#systemDefaultZone", WALL_CLOCK)
          .forbid("java.time.Clock#system", WALL_CLOCK)
          .forbid("java.util.concurrent.CompletableFuture#join()", UNBOUNDED)
          .forbid("java.util.concurrent.CompletableFuture#get()", UNBOUNDED)
          .forbid("java.util.concurrent.Future#get()", UNBOUNDED)
          .forbid("java.util.concurrent.CountDownLatch#await()", UNBOUNDED)
          .forbid("java.lang.Object#wait()", UNBOUNDED)
          .forbid("java.lang.Thread#join()", UNBOUNDED)
          .forbid("java.util.concurrent.locks.LockSupport#parkNanos", SLEEPS)
          .forbid("java.util.concurrent.locks.LockSupport#park()", UNBOUNDED)
          .forbid("java.util.concurrent.Semaphore#acquire()", UNBOUNDED)
          .forbid("java.util.concurrent.CyclicBarrier#await()", UNBOUNDED)
          .forbid("java.util.concurrent.BlockingQueue#take", UNBOUNDED)
          .forbid("java.lang.Thread#onSpinWait", SPINS)
          .forbid("java.lang.Thread#yield", SPINS)
          .runs(RUNS)
          .beforeEachRun(FlakyTestsGradingTest::busyMachine)
          .build();

  /**
   * Makes run {@code run}'s machine busy in its own way, the same way every time: the thread pool
   * picks the work up late, and the system clock, which {@code new SessionStore(timeToLive)} reads,
   * jumps.
   */
  private static void busyMachine(ClassLoader loader, int run) {
    try {
      Class<?> machine = Class.forName(Machine.class.getName(), true, loader);
      Field handOver = machine.getDeclaredField("handOverMillis");
      handOver.setAccessible(true);
      handOver.setLong(null, HAND_OVER_MILLIS[run % HAND_OVER_MILLIS.length]);
      Field clock = machine.getDeclaredField("clock");
      clock.setAccessible(true);
      clock.set(null, new JumpingClock(new Random(SEED + run)));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the machine busy (a kit defect)", e);
    }
  }

  /**
   * A system clock as a suspended laptop or an NTP correction makes it: it moves a little between
   * most reads and, one read in four, half an hour or more.
   */
  private static final class JumpingClock extends Clock {
    private final Random random;
    private Instant now;

    JumpingClock(Random random) {
      this.random = random;
      this.now = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400));
    }

    @Override
    public synchronized Instant instant() {
      Duration step =
          random.nextInt(4) == 0
              ? Duration.ofMinutes(31 + random.nextInt(60))
              : Duration.ofMillis(random.nextInt(1_000));
      now = now.plus(step);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the jumping clock stays in UTC");
    }
  }

  @Test
  @DisplayName(
      "your tests do not sleep or read the wall clock, and pass on the correct code in every run")
  void correctCode() {
    GRADER.assertPassOnCorrectCode();
  }

  @Test
  @DisplayName("bug 1 of 10 is caught in every run")
  void largestIsLast() {
    GRADER.assertCatches("largestIsLast");
  }

  @Test
  @DisplayName("bug 2 of 10 is caught in every run")
  void emptyDayFails() {
    GRADER.assertCatches("emptyDayFails");
  }

  @Test
  @DisplayName("bug 3 of 10 is caught in every run")
  void toldTwice() {
    GRADER.assertCatches("toldTwice");
  }

  @Test
  @DisplayName("bug 4 of 10 is caught in every run")
  void negativeNeverCompletes() {
    GRADER.assertCatches("negativeNeverCompletes");
  }

  @Test
  @DisplayName("bug 5 of 10 is caught in every run")
  void readsListLate() {
    GRADER.assertCatches("readsListLate");
  }

  @Test
  @DisplayName("bug 6 of 10 is caught in every run")
  void validAtExpiry() {
    GRADER.assertCatches("validAtExpiry");
  }

  @Test
  @DisplayName("bug 7 of 10 is caught in every run")
  void lifetimeFromStoreCreation() {
    GRADER.assertCatches("lifetimeFromStoreCreation");
  }

  @Test
  @DisplayName("bug 8 of 10 is caught in every run")
  void refreshRevivesExpired() {
    GRADER.assertCatches("refreshRevivesExpired");
  }

  @Test
  @DisplayName("bug 9 of 10 is caught in every run")
  void refreshFromOldExpiry() {
    GRADER.assertCatches("refreshFromOldExpiry");
  }

  @Test
  @DisplayName("bug 10 of 10 is caught in every run")
  void zoneOffsetTwice() {
    GRADER.assertCatches("zoneOffsetTwice");
  }
}
