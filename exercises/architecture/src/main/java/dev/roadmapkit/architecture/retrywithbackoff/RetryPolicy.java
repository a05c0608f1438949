package dev.roadmapkit.architecture.retrywithbackoff;

import java.time.Duration;

/**
 * How often and how patiently a {@link Retrier} retries. Part of the exercise {@code
 * architecture/retry-with-backoff}.
 *
 * @param maxAttempts how many times the action is run at most, the first attempt included; at least
 *     1
 * @param baseDelay the cap of the first backoff; at least 1 ms
 * @param maxDelay no backoff is ever longer; at least {@code baseDelay}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the bad value: {@code maxAttempts} below 1, {@code
   *     baseDelay} below 1 ms, or {@code maxDelay} shorter than {@code baseDelay}
   */
  public RetryPolicy {
    throw new UnsupportedOperationException(
        "TODO architecture/retry-with-backoff: check the three values (IllegalArgumentException"
            + " naming the bad one); a record's compact constructor then assigns the fields");
  }
}
