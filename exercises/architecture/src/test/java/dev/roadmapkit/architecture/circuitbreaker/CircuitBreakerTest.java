package dev.roadmapkit.architecture.circuitbreaker;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.architecture.circuitbreaker.CircuitBreaker.State;
import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Label("architecture/circuit-breaker: CircuitBreaker")
class CircuitBreakerTest {

  private static final int THRESHOLD = 3;
  private static final Duration OPEN_FOR = Duration.ofSeconds(30);
  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

  private final TestClock clock = TestClock.at(START);
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(5, SECONDS);
  }

  // ---- Construction ----

  @ParameterizedTest(name = "a failure threshold of {0} is refused")
  @ValueSource(ints = {0, -1})
  @DisplayName("a threshold below 1 is refused, naming the value")
  void rejectsThreshold(int threshold) {
    assertThat(catchThrowable(() -> new CircuitBreaker(threshold, OPEN_FOR, clock)))
        .as(
            "new CircuitBreaker(%d, ...) must throw IllegalArgumentException naming %d: a breaker"
                + " must allow at least one failure before it opens",
            threshold, threshold)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(threshold));
  }

  @ParameterizedTest(name = "an open duration of {0} is refused")
  @ValueSource(strings = {"PT0S", "PT-1S"})
  @DisplayName("an open duration that is not positive is refused, naming it")
  void rejectsOpenDuration(String duration) {
    assertThat(catchThrowable(() -> new CircuitBreaker(1, Duration.parse(duration), clock)))
        .as(
            "new CircuitBreaker(1, %s, clock) must throw IllegalArgumentException naming %s: an"
                + " open circuit must stay open for some time",
            duration, duration)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(duration);
  }

  @Test
  @DisplayName("a new breaker is closed and lets calls through")
  void startsClosed() {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);

    assertThat(breaker.state()).as("a new breaker must be CLOSED").isEqualTo(State.CLOSED);
    assertThat(breaker.call(() -> "answer"))
        .as("call must return what the action returns")
        .isEqualTo("answer");
  }

  // ---- Every state x every event ----

  /**
   * Where the breaker is before the event; the almost-open closed state is an edge worth its own
   * row.
   */
  enum Start {
    CLOSED,
    CLOSED_ONE_FAILURE_FROM_OPENING,
    OPEN,
    HALF_OPEN
  }

  /** What happens to the breaker. */
  enum Event {
    SUCCESSFUL_CALL,
    FAILED_CALL,
    THE_OPEN_DURATION_PASSES,
    ALMOST_THE_OPEN_DURATION_PASSES
  }

  /** What the caller sees. */
  enum Outcome {
    RETURNED,
    RETHROWN,
    REFUSED,
    NO_CALL
  }

  static Stream<Arguments> transitions() {
    List<Arguments> table =
        List.of(
            Arguments.of(Start.CLOSED, Event.SUCCESSFUL_CALL, Outcome.RETURNED, State.CLOSED),
            Arguments.of(Start.CLOSED, Event.FAILED_CALL, Outcome.RETHROWN, State.CLOSED),
            Arguments.of(
                Start.CLOSED, Event.THE_OPEN_DURATION_PASSES, Outcome.NO_CALL, State.CLOSED),
            Arguments.of(
                Start.CLOSED, Event.ALMOST_THE_OPEN_DURATION_PASSES, Outcome.NO_CALL, State.CLOSED),
            Arguments.of(
                Start.CLOSED_ONE_FAILURE_FROM_OPENING,
                Event.SUCCESSFUL_CALL,
                Outcome.RETURNED,
                State.CLOSED),
            Arguments.of(
                Start.CLOSED_ONE_FAILURE_FROM_OPENING,
                Event.FAILED_CALL,
                Outcome.RETHROWN,
                State.OPEN),
            Arguments.of(
                Start.CLOSED_ONE_FAILURE_FROM_OPENING,
                Event.THE_OPEN_DURATION_PASSES,
                Outcome.NO_CALL,
                State.CLOSED),
            Arguments.of(
                Start.CLOSED_ONE_FAILURE_FROM_OPENING,
                Event.ALMOST_THE_OPEN_DURATION_PASSES,
                Outcome.NO_CALL,
                State.CLOSED),
            Arguments.of(Start.OPEN, Event.SUCCESSFUL_CALL, Outcome.REFUSED, State.OPEN),
            Arguments.of(Start.OPEN, Event.FAILED_CALL, Outcome.REFUSED, State.OPEN),
            Arguments.of(
                Start.OPEN, Event.THE_OPEN_DURATION_PASSES, Outcome.NO_CALL, State.HALF_OPEN),
            Arguments.of(
                Start.OPEN, Event.ALMOST_THE_OPEN_DURATION_PASSES, Outcome.NO_CALL, State.OPEN),
            Arguments.of(Start.HALF_OPEN, Event.SUCCESSFUL_CALL, Outcome.RETURNED, State.CLOSED),
            Arguments.of(Start.HALF_OPEN, Event.FAILED_CALL, Outcome.RETHROWN, State.OPEN),
            Arguments.of(
                Start.HALF_OPEN, Event.THE_OPEN_DURATION_PASSES, Outcome.NO_CALL, State.HALF_OPEN),
            Arguments.of(
                Start.HALF_OPEN,
                Event.ALMOST_THE_OPEN_DURATION_PASSES,
                Outcome.NO_CALL,
                State.HALF_OPEN));
    if (table.size() != Start.values().length * Event.values().length) {
      throw new IllegalStateException("the transition table must cover every start x event");
    }
    return table.stream();
  }

  @ParameterizedTest(name = "{0} + {1}: the caller sees {2}, the breaker is {3}")
  @MethodSource("transitions")
  @DisplayName("every state reacts to every event as specified")
  void transition(Start start, Event event, Outcome expectedOutcome, State expectedState) {
    CircuitBreaker breaker = new CircuitBreaker(THRESHOLD, OPEN_FOR, clock);
    bringTo(breaker, start);
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("dependency down");

    Outcome outcome =
        switch (event) {
          case SUCCESSFUL_CALL ->
              outcomeOf(() -> breaker.call(() -> ran.incrementAndGet()), failure);
          case FAILED_CALL ->
              outcomeOf(
                  () ->
                      breaker.call(
                          () -> {
                            ran.incrementAndGet();
                            throw failure;
                          }),
                  failure);
          case THE_OPEN_DURATION_PASSES -> {
            clock.advance(OPEN_FOR);
            yield Outcome.NO_CALL;
          }
          case ALMOST_THE_OPEN_DURATION_PASSES -> {
            clock.advance(OPEN_FOR.minusNanos(1));
            yield Outcome.NO_CALL;
          }
        };

    assertThat(outcome)
        .as(
            "starting %s (threshold %d, open for %s), after a %s the caller must see %s (RETURNED:"
                + " the action's value; RETHROWN: the action's own exception; REFUSED: a"
                + " CircuitOpenException without running the action)",
            start, THRESHOLD, OPEN_FOR, event, expectedOutcome)
        .isEqualTo(expectedOutcome);
    assertThat(ran.get())
        .as(
            "starting %s, a %s must %s the action",
            start,
            event,
            expectedOutcome == Outcome.RETURNED || expectedOutcome == Outcome.RETHROWN
                ? "run"
                : "not run")
        .isEqualTo(
            expectedOutcome == Outcome.RETURNED || expectedOutcome == Outcome.RETHROWN ? 1 : 0);
    assertThat(breaker.state())
        .as("starting %s, after a %s the breaker must be %s", start, event, expectedState)
        .isEqualTo(expectedState);
  }

  /** Drives a fresh breaker (at the test clock's instant) into {@code start}. */
  private void bringTo(CircuitBreaker breaker, Start start) {
    int failures =
        switch (start) {
          case CLOSED -> 0;
          case CLOSED_ONE_FAILURE_FROM_OPENING -> THRESHOLD - 1;
          case OPEN, HALF_OPEN -> THRESHOLD;
        };
    for (int i = 0; i < failures; i++) {
      catchThrowable(() -> breaker.call(() -> failNow("setting up")));
    }
    if (start == Start.HALF_OPEN) {
      clock.advance(OPEN_FOR);
    }
    State reached = breaker.state();
    State expected =
        start == Start.HALF_OPEN
            ? State.HALF_OPEN
            : start == Start.OPEN ? State.OPEN : State.CLOSED;
    if (reached != expected) {
      fail(
          "Setting up %s: after %d failures in a row (threshold %d)%s the breaker should be %s but"
              + " is %s",
          start,
          failures,
          THRESHOLD,
          start == Start.HALF_OPEN ? " and " + OPEN_FOR : "",
          expected,
          reached);
    }
  }

  private static Outcome outcomeOf(Runnable call, RuntimeException failure) {
    try {
      call.run();
      return Outcome.RETURNED;
    } catch (CircuitOpenException refused) {
      return Outcome.REFUSED;
    } catch (RuntimeException e) {
      if (e != failure) {
        throw new AssertionError(
            "the action threw "
                + failure
                + " but call() threw "
                + e
                + ": rethrow the action's own exception unchanged",
            e);
      }
      return Outcome.RETHROWN;
    }
  }

  private static <T> T failNow(String why) {
    throw new IllegalStateException(why);
  }

  // ---- Details of each state ----

  @Test
  @DisplayName("a success in between resets the count: only failures in a row open the circuit")
  void successResetsTheCount() {
    CircuitBreaker breaker = new CircuitBreaker(THRESHOLD, OPEN_FOR, clock);

    catchThrowable(() -> breaker.call(() -> failNow("1")));
    catchThrowable(() -> breaker.call(() -> failNow("2")));
    breaker.call(() -> "ok");
    catchThrowable(() -> breaker.call(() -> failNow("3")));
    catchThrowable(() -> breaker.call(() -> failNow("4")));

    assertThat(breaker.state())
        .as(
            "fail, fail, succeed, fail, fail with a threshold of 3: the success must reset the"
                + " count, so only 2 failures are in a row and the circuit stays CLOSED")
        .isEqualTo(State.CLOSED);
    catchThrowable(() -> breaker.call(() -> failNow("5")));
    assertThat(breaker.state()).as("a third failure in a row opens it").isEqualTo(State.OPEN);
  }

  @Test
  @DisplayName("while open, calls are refused with the time left, and the action does not run")
  void openRefusesWithTimeLeft() {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
    catchThrowable(() -> breaker.call(() -> failNow("down")));
    clock.advance(Duration.ofSeconds(10));
    AtomicInteger ran = new AtomicInteger();

    Throwable refused = catchThrowable(() -> breaker.call(ran::incrementAndGet));

    assertThat(refused)
        .as("10 s into a 30 s open period the call must be refused with CircuitOpenException")
        .isInstanceOf(CircuitOpenException.class);
    assertThat(((CircuitOpenException) refused).retryAfter())
        .as(
            "retryAfter() tells the caller when to come back: opened at 12:00:00 for 30 s, asked at"
                + " 12:00:10, so 20 s. Compute it from clock.instant()")
        .isEqualTo(Duration.ofSeconds(20));
    assertThat(ran.get()).as("an open circuit must not run the action at all").isZero();
  }

  @Test
  @DisplayName("the circuit is half-open exactly when the open duration has passed")
  void halfOpenExactlyOnTime() {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
    catchThrowable(() -> breaker.call(() -> failNow("down")));

    clock.advance(OPEN_FOR.minusNanos(1));
    assertThat(breaker.state())
        .as("1 ns before the open duration has passed: OPEN")
        .isEqualTo(State.OPEN);
    clock.advance(Duration.ofNanos(1));
    assertThat(breaker.state())
        .as("exactly when the open duration has passed: HALF_OPEN (now >= openedAt + duration)")
        .isEqualTo(State.HALF_OPEN);
  }

  @Test
  @DisplayName("a failed trial opens the circuit again, for a full period from that failure")
  void failedTrialRestartsThePause() {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
    catchThrowable(() -> breaker.call(() -> failNow("down")));
    clock.advance(Duration.ofSeconds(45));
    catchThrowable(() -> breaker.call(() -> failNow("still down")));

    clock.advance(Duration.ofSeconds(29));
    Throwable refused = catchThrowable(() -> breaker.call(() -> "ok"));

    assertThat(refused)
        .as(
            "the trial failed at 12:00:45, so the circuit is open until 12:01:15; at 12:01:14 the"
                + " call must still be refused. Restart the open period at the failed trial, not"
                + " at the first opening")
        .isInstanceOf(CircuitOpenException.class);
    assertThat(((CircuitOpenException) refused).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(breaker.call(() -> "ok"))
        .as("at 12:01:15 the next trial goes through")
        .isEqualTo("ok");
    assertThat(breaker.state()).as("a successful trial closes the circuit").isEqualTo(State.CLOSED);
  }

  @Test
  @DisplayName(
      "whatever the action throws, even an Error, is a failure and reaches the caller unchanged")
  void errorsAreFailuresToo() {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
    StackOverflowError error = new StackOverflowError("simulated");

    Throwable thrown =
        catchThrowable(
            () ->
                breaker.call(
                    () -> {
                      throw error;
                    }));

    assertThat(thrown).as("call must rethrow the very Error the action threw").isSameAs(error);
    assertThat(breaker.state())
        .as("an Error is a failure too: with a threshold of 1 the circuit must be OPEN")
        .isEqualTo(State.OPEN);
  }

  // ---- Concurrency: latches, no sleeping ----

  @Test
  @DisplayName("half-open lets one trial through at a time; others are refused with retryAfter 0")
  void oneTrialAtATime() throws Exception {
    CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, clock);
    catchThrowable(() -> breaker.call(() -> failNow("down")));
    clock.advance(OPEN_FOR);
    CountDownLatch trialStarted = new CountDownLatch(1);
    CountDownLatch finishTrial = new CountDownLatch(1);

    Future<String> trial =
        pool.submit(
            () ->
                breaker.call(
                    () -> {
                      trialStarted.countDown();
                      await(finishTrial);
                      return "trial ok";
                    }));
    awaitOrFail(trialStarted, trial, "the half-open trial call to start running the action");
    AtomicInteger ran = new AtomicInteger();
    Throwable second = catchThrowable(() -> breaker.call(ran::incrementAndGet));
    finishTrial.countDown();

    assertThat(second)
        .as(
            "while the trial call is in flight, a second call must be refused: a recovering"
                + " dependency gets one request, not a stampede")
        .isInstanceOf(CircuitOpenException.class);
    assertThat(((CircuitOpenException) second).retryAfter())
        .as("retryAfter() is Duration.ZERO while a trial is in flight")
        .isEqualTo(Duration.ZERO);
    assertThat(ran.get()).as("the refused call must not run its action").isZero();
    assertThat(trial.get(5, SECONDS)).isEqualTo("trial ok");
    assertThat(breaker.state())
        .as("the successful trial closes the circuit")
        .isEqualTo(State.CLOSED);
    assertThat(breaker.call(() -> "next")).isEqualTo("next");
  }

  @Test
  @DisplayName("a slow call does not hold up other callers: the action runs outside the lock")
  void slowCallDoesNotBlockOthers() throws Exception {
    CircuitBreaker breaker = new CircuitBreaker(THRESHOLD, OPEN_FOR, clock);
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch finishSlow = new CountDownLatch(1);
    Future<String> slow =
        pool.submit(
            () ->
                breaker.call(
                    () -> {
                      slowStarted.countDown();
                      await(finishSlow);
                      return "slow";
                    }));
    awaitOrFail(slowStarted, slow, "the slow call to start running its action");

    Future<String> fast = pool.submit(() -> breaker.call(() -> "fast"));
    try {
      assertThat(fast.get(5, SECONDS)).isEqualTo("fast");
    } catch (TimeoutException e) {
      fail(
          "a second call did not return within 5 s while a slow call was in flight: run the"
              + " action outside synchronized blocks; hold the lock only to decide and to record");
    } finally {
      finishSlow.countDown();
    }
    assertThat(slow.get(5, SECONDS)).isEqualTo("slow");
  }

  @Test
  @DisplayName(
      "two callers arriving together at a half-open circuit: exactly one becomes the trial, in"
          + " every round")
  void simultaneousCallersGetOneTrial() throws Exception {
    for (int round = 1; round <= 400; round++) {
      MeetingClock meetingClock = new MeetingClock(START);
      CircuitBreaker breaker = new CircuitBreaker(1, OPEN_FOR, meetingClock);
      catchThrowable(() -> breaker.call(() -> failNow("down")));
      meetingClock.advance(OPEN_FOR);
      meetingClock.holdTheFirstTwoCallers();
      AtomicInteger admitted = new AtomicInteger();
      CountDownLatch bothDecided = new CountDownLatch(2);
      AtomicInteger ready = new AtomicInteger();
      List<Future<?>> callers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        callers.add(
            pool.submit(
                () -> {
                  ready.incrementAndGet();
                  while (ready.get() < 2) {
                    Thread.onSpinWait();
                  }
                  try {
                    breaker.call(
                        () -> {
                          admitted.incrementAndGet();
                          bothDecided.countDown();
                          await(bothDecided);
                          return "trial";
                        });
                  } catch (CircuitOpenException refused) {
                    bothDecided.countDown();
                  }
                  return null;
                }));
      }
      for (Future<?> caller : callers) {
        caller.get(10, SECONDS);
      }
      assertThat(admitted.get())
          .as(
              "round %d: two calls reached the half-open circuit at the same moment, and %d of"
                  + " them ran as the trial. Checking that no trial is in flight and marking one"
                  + " must happen as one step under the lock (the clock is read while deciding,"
                  + " so this test holds the first caller there until the second arrives)",
              round, admitted.get())
          .isEqualTo(1);
    }
  }

  /**
   * A test clock that, once asked to, keeps the first caller of {@link #instant()} waiting
   * (briefly, busy) until a second caller asks too, so that two deciding callers overlap if the
   * breaker lets them. A breaker that reads the clock under its lock is merely slowed down by it.
   */
  static final class MeetingClock extends java.time.Clock {
    private final TestClock time;
    private final AtomicInteger callers = new AtomicInteger();
    private volatile boolean holding;

    MeetingClock(Instant start) {
      this.time = TestClock.at(start);
    }

    void advance(Duration duration) {
      time.advance(duration);
    }

    void holdTheFirstTwoCallers() {
      callers.set(0);
      holding = true;
    }

    @Override
    public Instant instant() {
      if (holding && callers.incrementAndGet() == 1) {
        long giveUp = System.nanoTime() + MILLISECONDS.toNanos(2);
        while (callers.get() < 2 && System.nanoTime() - giveUp < 0) {
          Thread.onSpinWait();
        }
      }
      return time.instant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("not needed by the breaker");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, SECONDS)) {
        throw new IllegalStateException("the test never opened the latch");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for {@code latch}; if the call finished first (it threw), shows why. */
  private static void awaitOrFail(CountDownLatch latch, Future<?> call, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(5);
    while (!latch.await(10, MILLISECONDS)) {
      if (call.isDone()) {
        try {
          call.get();
        } catch (ExecutionException e) {
          throw new AssertionError(
              "waiting for " + what + ", the call threw " + e.getCause(), e.getCause());
        }
      }
      if (System.nanoTime() - deadline > 0) {
        fail("waited 5 s for " + what);
      }
    }
  }

  // ---- A story: a dependency that is down for 45 seconds ----

  @Test
  @DisplayName("against a dependency down for 45 s, the breaker spares it most calls and recovers")
  void flakyDependencyStory() {
    CircuitBreaker breaker = new CircuitBreaker(THRESHOLD, OPEN_FOR, clock);
    Instant backUpAt = START.plusSeconds(45);
    AtomicInteger reachedWhileDown = new AtomicInteger();
    List<String> seen = new ArrayList<>();

    for (int second = 0; second < 100; second += 5) {
      String result;
      try {
        result =
            breaker.call(
                () -> {
                  if (clock.instant().isBefore(backUpAt)) {
                    reachedWhileDown.incrementAndGet();
                    throw new IllegalStateException("503");
                  }
                  return "ok";
                });
      } catch (CircuitOpenException e) {
        result = "refused";
      } catch (IllegalStateException e) {
        result = "failed";
      }
      seen.add(second + "s " + result);
      clock.advance(Duration.ofSeconds(5));
    }

    assertThat(seen)
        .as(
            "calls every 5 s, threshold 3, open for 30 s, the dependency is back at 45 s: three"
                + " failures open the circuit at 10 s; the trial at 40 s fails and reopens it"
                + " until 70 s; the trial at 70 s succeeds and closes it")
        .containsExactly(
            "0s failed",
            "5s failed",
            "10s failed",
            "15s refused",
            "20s refused",
            "25s refused",
            "30s refused",
            "35s refused",
            "40s failed",
            "45s refused",
            "50s refused",
            "55s refused",
            "60s refused",
            "65s refused",
            "70s ok",
            "75s ok",
            "80s ok",
            "85s ok",
            "90s ok",
            "95s ok");
    assertThat(reachedWhileDown.get())
        .as("of the 9 calls made while the dependency was down, only 4 reached it")
        .isEqualTo(4);
  }

  // ---- Property: any sequence of calls and waits agrees with a simple model ----

  private record Step(char kind, int seconds) {
    @Override
    public String toString() {
      return kind == 'w' ? "wait " + seconds + "s" : kind == 's' ? "success" : "failure";
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Arbitraries.oneOf(
            Arbitraries.just(new Step('s', 0)),
            Arbitraries.just(new Step('f', 0)),
            Arbitraries.just(new Step('f', 0)),
            Arbitraries.integers().between(1, 40).map(s -> new Step('w', s)));
    return step.list().ofMaxSize(40);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  @Label("any sequence of successes, failures and waits agrees with a simple model")
  void agreesWithModel(@ForAll("steps") List<Step> steps) {
    TestClock time = TestClock.at(START);
    int threshold = 2;
    long openSeconds = 20;
    CircuitBreaker breaker = new CircuitBreaker(threshold, Duration.ofSeconds(openSeconds), time);
    boolean open = false;
    int failures = 0;
    long openedAt = 0;
    long now = 0;
    List<Step> done = new ArrayList<>();

    for (Step step : steps) {
      done.add(step);
      if (step.kind() == 'w') {
        time.advance(Duration.ofSeconds(step.seconds()));
        now += step.seconds();
      } else {
        boolean halfOpen = open && now >= openedAt + openSeconds;
        boolean allowed = !open || halfOpen;
        boolean succeed = step.kind() == 's';
        AtomicInteger ran = new AtomicInteger();
        catchThrowable(
            () ->
                breaker.call(
                    () -> {
                      ran.incrementAndGet();
                      return succeed ? "ok" : failNow("down");
                    }));
        assertThat(ran.get())
            .as("threshold 2, open for 20 s, after %s: whether the action ran", done)
            .isEqualTo(allowed ? 1 : 0);
        if (allowed && succeed) {
          open = false;
          failures = 0;
        } else if (allowed && (halfOpen || ++failures >= threshold)) {
          open = true;
          openedAt = now;
        }
      }
      State expected =
          !open ? State.CLOSED : now >= openedAt + openSeconds ? State.HALF_OPEN : State.OPEN;
      assertThat(breaker.state())
          .as("threshold 2, open for 20 s, after %s: state()", done)
          .isEqualTo(expected);
    }
  }
}
