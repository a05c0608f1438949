package dev.roadmapkit.architecture.circuitbreaker;

import java.time.Duration;

/**
 * Thrown by {@link CircuitBreaker#call} instead of calling the dependency, because the circuit is
 * open (or a half-open trial call is already in flight). Given, not part of the task.
 */
public final class CircuitOpenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param retryAfter how long until the breaker lets a trial call through; {@link Duration#ZERO}
   *     when a trial call is in flight right now
   */
  public CircuitOpenException(Duration retryAfter) {
    super("circuit open: the dependency is not called; retry after " + retryAfter);
    this.retryAfter = retryAfter;
  }

  /** How long until the breaker lets a trial call through. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
