package dev.roadmapkit.architecture.retrywithbackoff;

import java.time.Duration;

/**
 * How often and how patiently a {@link Retrier} retries.
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
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (baseDelay.toMillis() < 1) {
      throw new IllegalArgumentException("baseDelay must be at least 1 ms, was " + baseDelay);
    }
    if (maxDelay.compareTo(baseDelay) <= 0) {
      throw new IllegalArgumentException(
          "maxDelay must not be shorter than baseDelay " + baseDelay + ", was " + maxDelay);
    }
  }
}
