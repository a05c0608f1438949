package dev.roadmapkit.architecture.retrywithbackoff;

import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Exercise {@code architecture/retry-with-backoff}: runs an action, and retries it when it fails
 * with a <em>transient</em> failure, waiting longer and longer, with randomness, between attempts.
 *
 * <p>The contract of {@link #call}:
 *
 * <ol>
 *   <li>Run the action. If it returns, return its value.
 *   <li>If it throws a {@link RuntimeException} that {@code isTransient} rejects (a bad request, a
 *       missing permission: retrying cannot help), rethrow that very exception at once, without
 *       waiting.
 *   <li>If it throws a transient failure (a timeout, a 503) and this was attempt number {@code
 *       policy.maxAttempts()}, throw {@link RetriesExhaustedException} with the number of attempts
 *       and the failure as its cause. Do not wait after the last attempt.
 *   <li>Otherwise wait, with {@code sleeper.sleep(delay)}, and run the action again. Before retry
 *       number {@code n} (1 for the second attempt, 2 for the third, ...) the delay is
 *       <b>exponential backoff with full jitter</b>:
 *       <pre>{@code
 * cap   = min(maxDelay, baseDelay * 2^(n-1))          in whole milliseconds
 * delay = Duration.ofMillis(random.nextLong(cap + 1))   one call of random per retry
 * }</pre>
 *       so the delay is anywhere from 0 to the cap, uniformly. Compute the cap without overflow:
 *       after 64 retries, {@code 2^(n-1)} no longer fits in a {@code long}.
 * </ol>
 *
 * <p>Why jitter: when a service comes back after an outage, a thousand clients that all wait
 * exactly 1 s, 2 s, 4 s retry in synchronized waves and knock it over again. Spreading each wait
 * over the whole range breaks the waves up. Why a seeded {@link Random}: so that tests, and you
 * when debugging, get the same delays every run.
 *
 * <p>Never sleep with {@code Thread.sleep}; always through the {@link Sleeper}.
 */
public final class Retrier {

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
    throw new UnsupportedOperationException(
        "TODO architecture/retry-with-backoff: keep the policy, the predicate, the random and the"
            + " sleeper");
  }

  /**
   * Runs {@code action}, retrying transient failures as described above.
   *
   * @return what the action returned
   * @throws RuntimeException what the action threw, if it is not transient
   * @throws RetriesExhaustedException if the last attempt failed with a transient failure
   */
  public <T> T call(Supplier<T> action) {
    throw new UnsupportedOperationException(
        "TODO architecture/retry-with-backoff: loop over the attempts; catch RuntimeException;"
            + " rethrow it if !isTransient.test(e); give up with RetriesExhaustedException after"
            + " the last attempt; otherwise sleep for the jittered backoff and try again");
  }
}
