package dev.roadmapkit.architecture.retrywithbackoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("architecture/retry-with-backoff: Retrier")
class RetrierTest {

  /** Five attempts, caps 100, 200, 400, 800 ms. */
  private static RetryPolicy fiveAttempts() {
    return new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  /** A timeout: worth retrying. */
  static final class Timeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Timeout(String message) {
      super(message);
    }
  }

  /** A refusal: retrying cannot help. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  /** Records every wait instead of waiting. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> slept = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      slept.add(duration);
    }
  }

  /** Always draws the largest value allowed: the delay is then the cap itself. */
  static final class HighestRandom extends Random {
    private static final long serialVersionUID = 1L;

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  }

  /** Always draws 0: the shortest delay full jitter allows. */
  static final class LowestRandom extends Random {
    private static final long serialVersionUID = 1L;

    @Override
    public long nextLong(long bound) {
      return 0;
    }
  }

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private Retrier retrier(RetryPolicy policy, Random random) {
    return new Retrier(policy, e -> e instanceof Timeout, random, sleeper);
  }

  /** An action that fails with the given failures, in order, then returns "ok". */
  private static Supplier<String> failing(AtomicInteger attempts, RuntimeException... failures) {
    return () -> {
      int attempt = attempts.incrementAndGet();
      if (attempt <= failures.length) {
        throw failures[attempt - 1];
      }
      return "ok";
    };
  }

  /** The delays the contract prescribes for {@code retries} retries with a Random seeded so. */
  private static List<Duration> expectedDelays(RetryPolicy policy, long seed, int retries) {
    Random replay = new Random(seed);
    List<Duration> delays = new ArrayList<>();
    long cap = policy.baseDelay().toMillis();
    for (int retry = 1; retry <= retries; retry++) {
      delays.add(Duration.ofMillis(replay.nextLong(cap + 1)));
      cap = Math.min(policy.maxDelay().toMillis(), cap * 2);
    }
    return delays;
  }

  // ---- The policy ----

  @Test
  @DisplayName(
      "a policy with fewer than 1 attempt, a base under 1 ms or a max under the base is refused")
  void policyIsValidated() {
    assertThat(
            catchThrowable(() -> new RetryPolicy(0, Duration.ofMillis(100), Duration.ofSeconds(1))))
        .as("maxAttempts 0: IllegalArgumentException naming 0")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThat(
            catchThrowable(
                () -> new RetryPolicy(3, Duration.ofNanos(999_999), Duration.ofSeconds(1))))
        .as("baseDelay under 1 ms: IllegalArgumentException naming it")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0.000999999S");
    assertThat(
            catchThrowable(() -> new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(99))))
        .as("maxDelay shorter than baseDelay: IllegalArgumentException naming it")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0.099S");
    assertThat(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)).maxAttempts())
        .as("1 attempt, 1 ms base, max equal to base is the smallest valid policy")
        .isEqualTo(1);
  }

  // ---- Which failures are retried ----

  @Test
  @DisplayName("a call that succeeds at once returns its value and never waits")
  void successAtOnce() {
    AtomicInteger attempts = new AtomicInteger();

    assertThat(retrier(fiveAttempts(), new Random(42)).call(failing(attempts))).isEqualTo("ok");

    assertThat(attempts.get()).as("one attempt").isEqualTo(1);
    assertThat(sleeper.slept).as("no failure, so no wait").isEmpty();
  }

  @Test
  @DisplayName("transient failures are retried after exponential, fully jittered, seeded delays")
  void transientFailuresAreRetried() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        retrier(fiveAttempts(), new Random(42))
            .call(failing(attempts, new Timeout("1"), new Timeout("2"), new Timeout("3")));

    assertThat(result)
        .as("the fourth attempt succeeds, and call returns its value")
        .isEqualTo("ok");
    assertThat(attempts.get()).as("three failures and a success: four attempts").isEqualTo(4);
    assertThat(sleeper.slept)
        .as(
            "before retry n the delay is Duration.ofMillis(random.nextLong(cap + 1)) with cap ="
                + " min(2000, 100 * 2^(n-1)): caps 100, 200, 400 ms. With new Random(42) these"
                + " exact delays come out; call random exactly once per retry, in that order")
        .containsExactlyElementsOf(expectedDelays(fiveAttempts(), 42, 3));
  }

  @Test
  @DisplayName("a failure that is not transient is rethrown at once, unchanged, without waiting")
  void permanentFailuresAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    BadRequest badRequest = new BadRequest("400: no such account");

    Throwable thrown =
        catchThrowable(
            () -> retrier(fiveAttempts(), new Random(42)).call(failing(attempts, badRequest)));

    assertThat(thrown)
        .as(
            "isTransient says a BadRequest is not worth retrying: rethrow the very exception the"
                + " action threw")
        .isSameAs(badRequest);
    assertThat(attempts.get()).as("no retry for a permanent failure").isEqualTo(1);
    assertThat(sleeper.slept).as("and no wait").isEmpty();
  }

  @Test
  @DisplayName("retrying stops at the first failure that is not transient")
  void stopsAtAPermanentFailure() {
    AtomicInteger attempts = new AtomicInteger();
    BadRequest badRequest = new BadRequest("400");

    Throwable thrown =
        catchThrowable(
            () ->
                retrier(fiveAttempts(), new Random(42))
                    .call(failing(attempts, new Timeout("1"), badRequest)));

    assertThat(thrown).isSameAs(badRequest);
    assertThat(attempts.get())
        .as("a timeout (retried), then a bad request (not retried)")
        .isEqualTo(2);
    assertThat(sleeper.slept).as("one wait, before the second attempt").hasSize(1);
  }

  @Test
  @DisplayName(
      "after the last attempt, RetriesExhaustedException carries the count and the last failure")
  void givesUp() {
    AtomicInteger attempts = new AtomicInteger();
    Timeout last = new Timeout("5");
    RetryPolicy four = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2));

    Throwable thrown =
        catchThrowable(
            () ->
                retrier(four, new Random(42))
                    .call(
                        failing(
                            attempts,
                            new Timeout("1"),
                            new Timeout("2"),
                            new Timeout("3"),
                            new Timeout("4"),
                            last)));

    assertThat(thrown)
        .as("four attempts, all timed out: give up with RetriesExhaustedException")
        .isInstanceOf(RetriesExhaustedException.class);
    assertThat(((RetriesExhaustedException) thrown).attempts())
        .as("attempts() is the number of attempts made")
        .isEqualTo(4);
    assertThat(thrown.getCause())
        .as("the cause is the failure of the last attempt, the 4th")
        .hasMessage("4");
    assertThat(attempts.get()).as("maxAttempts counts the first attempt: 4 in all").isEqualTo(4);
    assertThat(sleeper.slept)
        .as("a wait before each retry, none after the last attempt: 3 waits")
        .containsExactlyElementsOf(expectedDelays(four, 42, 3));
  }

  @Test
  @DisplayName(
      "a failure that is not transient is rethrown unchanged even on the last attempt, never"
          + " wrapped")
  void permanentFailureOnTheLastAttempt() {
    AtomicInteger attempts = new AtomicInteger();
    BadRequest badRequest = new BadRequest("400 on the last attempt");
    RetryPolicy three = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

    Throwable thrown =
        catchThrowable(
            () ->
                retrier(three, new Random(42))
                    .call(failing(attempts, new Timeout("1"), new Timeout("2"), badRequest)));

    assertThat(thrown)
        .as(
            "the 3rd and last attempt failed with a BadRequest, which is not transient: the caller"
                + " must get that very exception, not RetriesExhaustedException (the retries were"
                + " not what failed)")
        .isSameAs(badRequest);
    assertThat(attempts.get()).as("three attempts in all").isEqualTo(3);
  }

  @Test
  @DisplayName("with a single attempt, a failure that is not transient is rethrown unchanged")
  void permanentFailureWithOneAttempt() {
    BadRequest badRequest = new BadRequest("400");

    Throwable thrown =
        catchThrowable(
            () ->
                retrier(
                        new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1)),
                        new Random(1))
                    .call(failing(new AtomicInteger(), badRequest)));

    assertThat(thrown)
        .as(
            "RetriesExhaustedException is for a transient failure on the last attempt; a"
                + " BadRequest is rethrown as it is, whatever the attempt")
        .isSameAs(badRequest);
  }

  @Test
  @DisplayName("a policy of one attempt never retries")
  void oneAttempt() {
    AtomicInteger attempts = new AtomicInteger();

    Throwable thrown =
        catchThrowable(
            () ->
                retrier(
                        new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1)),
                        new Random(1))
                    .call(failing(attempts, new Timeout("1"))));

    assertThat(thrown).isInstanceOf(RetriesExhaustedException.class);
    assertThat(attempts.get()).isEqualTo(1);
    assertThat(sleeper.slept).isEmpty();
  }

  // ---- The backoff ----

  @Test
  @DisplayName("the cap doubles with every retry until it reaches maxDelay")
  void capDoublesUpToTheMaximum() {
    RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(1));

    exhaust(
        () -> retrier(policy, new HighestRandom()).call(failing(new AtomicInteger(), timeouts(8))));

    assertThat(sleeper.slept)
        .as(
            "with a Random that always draws the largest value, each delay is its cap: 100, 200,"
                + " 400, 800 ms, then capped at maxDelay, 1000 ms. random.nextLong(cap + 1) can"
                + " return cap itself; nextLong(cap) could not")
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000));
  }

  @Test
  @DisplayName("full jitter: a delay can be as short as zero")
  void fullJitterGoesDownToZero() {
    exhaust(
        () ->
            retrier(fiveAttempts(), new LowestRandom())
                .call(failing(new AtomicInteger(), timeouts(5))));

    assertThat(sleeper.slept)
        .hasSize(4)
        .as(
            "full jitter draws from 0 to the cap, so a Random that draws 0 gives delays of 0."
                + " (\"Equal jitter\" would wait at least cap / 2; that is not this contract)")
        .containsOnly(Duration.ZERO);
  }

  @Test
  @DisplayName("a hundred retries do not overflow: the cap stays at maxDelay")
  void noOverflow() {
    RetryPolicy policy = new RetryPolicy(101, Duration.ofMillis(100), Duration.ofSeconds(30));

    exhaust(
        () ->
            retrier(policy, new HighestRandom()).call(failing(new AtomicInteger(), timeouts(101))));

    assertThat(sleeper.slept)
        .as(
            "100 retries: 100 * 2^99 does not fit in a long. Double step by step and cap at"
                + " every step (or stop doubling at the cap), and every late delay is 30 s")
        .hasSize(100)
        .endsWith(Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  @DisplayName("over many draws the delays spread over the whole range")
  void jitterSpreads() {
    Random random = new Random(7);
    RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(1000), Duration.ofMillis(1000));
    for (int i = 0; i < 1000; i++) {
      exhaust(() -> retrier(policy, random).call(failing(new AtomicInteger(), timeouts(2))));
    }

    long early = sleeper.slept.stream().filter(d -> d.toMillis() < 250).count();
    long late = sleeper.slept.stream().filter(d -> d.toMillis() > 750).count();
    assertThat(early)
        .as("of 1000 delays drawn from 0..1000 ms, roughly a quarter must be under 250 ms")
        .isBetween(200L, 300L);
    assertThat(late).as("and roughly a quarter over 750 ms").isBetween(200L, 300L);
  }

  @Property(tries = 200)
  @Label(
      "for any seed and policy, each delay lies between 0 and its cap, and the same seed gives the same delays")
  void delaysStayWithinTheirCaps(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int maxAttempts,
      @ForAll @LongRange(min = 1, max = 1_000) long baseMillis,
      @ForAll @LongRange(min = 0, max = 60_000) long extraMillis) {
    RetryPolicy policy =
        new RetryPolicy(
            maxAttempts,
            Duration.ofMillis(baseMillis),
            Duration.ofMillis(baseMillis + extraMillis));
    RecordingSleeper first = new RecordingSleeper();
    RecordingSleeper second = new RecordingSleeper();

    exhaust(
        () ->
            new Retrier(policy, e -> true, new Random(seed), first)
                .call(failing(new AtomicInteger(), timeouts(maxAttempts))));
    exhaust(
        () ->
            new Retrier(policy, e -> true, new Random(seed), second)
                .call(failing(new AtomicInteger(), timeouts(maxAttempts))));

    assertThat(first.slept).as("%s: one wait per retry", policy).hasSize(maxAttempts - 1);
    long cap = baseMillis;
    for (int retry = 1; retry < maxAttempts; retry++) {
      assertThat(first.slept.get(retry - 1).toMillis())
          .as(
              "%s, seed %d: the delay before retry %d must be within 0..%d ms",
              policy, seed, retry, cap)
          .isBetween(0L, cap);
      cap = Math.min(baseMillis + extraMillis, cap * 2);
    }
    assertThat(second.slept)
        .as(
            "the same seed must give the same delays: take every random number from the given Random")
        .isEqualTo(first.slept);
    assertThat(first.slept).isEqualTo(expectedDelays(policy, seed, maxAttempts - 1));
  }

  // ---- A story on a test clock ----

  @Test
  @DisplayName(
      "a dependency that is down for 3 s is reached once it is back, without anyone waiting")
  void recoversOnATestClock() {
    TestClock clock = TestClock.at("2026-01-01T12:00:00Z");
    Instant backUp = clock.instant().plusSeconds(3);
    List<Instant> attemptsAt = new ArrayList<>();
    Retrier retrier =
        new Retrier(
            new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(2)),
            e -> e instanceof Timeout,
            new Random(2026),
            clock::advance);

    String result =
        retrier.call(
            () -> {
              attemptsAt.add(clock.instant());
              if (clock.instant().isBefore(backUp)) {
                throw new Timeout("503 Service Unavailable");
              }
              return "ok";
            });

    assertThat(result).isEqualTo("ok");
    assertThat(attemptsAt.get(attemptsAt.size() - 1))
        .as("the successful attempt happens once the dependency is back, at 12:00:03 or later")
        .isAfterOrEqualTo(backUp);
    assertThat(attemptsAt.subList(0, attemptsAt.size() - 1))
        .as("every earlier attempt happened while it was down")
        .allMatch(at -> at.isBefore(backUp));
  }

  /**
   * Runs a call whose every attempt fails transiently; it must end in RetriesExhaustedException.
   */
  private static void exhaust(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    if (!(thrown instanceof RetriesExhaustedException)) {
      throw new AssertionError(
          "every attempt failed with a transient failure, so call must end with"
              + " RetriesExhaustedException, but it "
              + (thrown == null ? "returned" : "threw " + thrown),
          thrown);
    }
  }

  private static RuntimeException[] timeouts(int count) {
    RuntimeException[] failures = new RuntimeException[count];
    for (int i = 0; i < count; i++) {
      failures[i] = new Timeout(String.valueOf(i + 1));
    }
    return failures;
  }
}
