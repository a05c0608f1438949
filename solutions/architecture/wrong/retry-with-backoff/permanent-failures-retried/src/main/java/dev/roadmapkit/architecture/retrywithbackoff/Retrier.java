package dev.roadmapkit.architecture.retrywithbackoff;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs an action and retries its transient failures with exponential backoff and full jitter.
 *
 * <p>Reference solution. The key idea: the cap doubles with every retry, and the actual wait is
 * drawn uniformly from zero to the cap, which spreads a crowd of retrying clients over time (the
 * "full jitter" of the AWS Architecture Blog's comparison). Failures that cannot succeed on retry
 * are rethrown at once, since retrying them only adds load. The trade-off: a client may retry
 * almost immediately when the draw is small; the cap, not the draw, bounds how long it waits.
 */
public final class Retrier {

  private final RetryPolicy policy;
  private final Predicate<? super RuntimeException> isTransient;
  private final Random random;
  private final Sleeper sleeper;

  /**
   * Creates a retrier.
   *
   * @param policy how often and how patiently to retry
   * @param isTransient which failures are worth retrying
   * @param random where the jitter comes from; seeded in tests
   * @param sleeper how to wait between attempts
   */
  public Retrier(
      RetryPolicy policy,
      Predicate<? super RuntimeException> isTransient,
      Random random,
      Sleeper sleeper) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.isTransient = Objects.requireNonNull(isTransient, "isTransient");
    this.random = Objects.requireNonNull(random, "random");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Runs {@code action}, retrying transient failures.
   *
   * @return what the action returned
   * @throws RuntimeException what the action threw, if it is not transient
   * @throws RetriesExhaustedException if the last attempt failed with a transient failure
   */
  public <T> T call(Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (RuntimeException failure) {
        if (attempt == policy.maxAttempts()) {
          throw new RetriesExhaustedException(attempt, failure);
        }
      }
      sleeper.sleep(Duration.ofMillis(random.nextLong(capMillis(attempt) + 1)));
    }
  }

  /**
   * min(maxDelay, baseDelay * 2^(retry-1)) in milliseconds. Doubling step by step and capping at
   * every step never overflows, where {@code base << (retry - 1)} would from the 64th retry on.
   */
  private long capMillis(int retry) {
    long max = policy.maxDelay().toMillis();
    long cap = policy.baseDelay().toMillis();
    for (int i = 1; i < retry; i++) {
      cap = Math.min(max, cap * 2);
    }
    return cap;
  }
}
