package dev.roadmapkit.architecture.circuitbreaker;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Exercise {@code architecture/circuit-breaker}: protects callers from a dependency that keeps
 * failing, and the dependency from callers that keep hammering it.
 *
 * <p>The breaker is in one of three {@link State}s:
 *
 * <ul>
 *   <li><b>{@code CLOSED}</b> (the normal state): every call goes through. A call that throws is a
 *       failure; {@code failureThreshold} failures <em>in a row</em> open the circuit. A successful
 *       call resets the count to 0.
 *   <li><b>{@code OPEN}</b>: calls are refused at once with a {@link CircuitOpenException} whose
 *       {@code retryAfter()} is the time left, and the action is not run. After {@code
 *       openDuration} (measured from the failure that opened the circuit) the breaker is half-open:
 *       {@link #state()} reports {@code HALF_OPEN} from that instant on, exactly.
 *   <li><b>{@code HALF_OPEN}</b>: one trial call goes through. If it succeeds, the circuit closes
 *       (failure count 0); if it fails, the circuit opens again for a new {@code openDuration} from
 *       now. While the trial is in flight, other calls are refused with a {@code
 *       CircuitOpenException} whose {@code retryAfter()} is {@link Duration#ZERO}.
 * </ul>
 *
 * <p>Any successful call resets the failure count and closes the circuit (even a slow call that
 * started before the circuit opened: the dependency has just answered). Anything the action throws
 * counts as a failure and is rethrown unchanged, the very same exception object. Time comes only
 * from the injected {@link Clock} ({@code clock.instant()}), never from {@code
 * System.currentTimeMillis()}, so the tests move time by hand and nothing sleeps. The breaker is
 * thread-safe; the action itself runs outside any lock, so a slow call does not block callers that
 * are refused.
 */
public final class CircuitBreaker {

  /** The states of a circuit breaker. */
  public enum State {
    /** Calls go through; failures are counted. */
    CLOSED,
    /** Calls are refused until the open duration has passed. */
    OPEN,
    /** One trial call decides between closed and open. */
    HALF_OPEN
  }

  // Suggested fields: the threshold, the open duration, the clock, the state, the number of
  // failures in a row, the instant the circuit opened, and whether a trial call is in flight.

  /**
   * Creates a closed breaker.
   *
   * @param failureThreshold how many failures in a row open the circuit; at least 1
   * @param openDuration how long the circuit stays open before a trial call; positive
   * @param clock where the current time comes from
   * @throws IllegalArgumentException if the threshold is below 1 or the duration is not positive;
   *     the message names the bad value
   */
  public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO architecture/circuit-breaker: check the arguments (IllegalArgumentException naming"
            + " the bad value), keep them, and start CLOSED with no failures");
  }

  /**
   * Runs {@code action} if the breaker lets it through, and records how it went.
   *
   * @return what the action returned
   * @throws CircuitOpenException if the circuit is open, or half-open with a trial in flight; the
   *     action is not run then
   */
  public <T> T call(Supplier<T> action) {
    throw new UnsupportedOperationException(
        "TODO architecture/circuit-breaker: decide under a lock whether the call may go through"
            + " (CLOSED: yes; OPEN: no before openedAt + openDuration, else it is the trial;"
            + " HALF_OPEN: only if no trial is in flight), run the action outside the lock, then"
            + " record its success or failure");
  }

  /** The state right now; {@code HALF_OPEN} as soon as the open duration has passed. */
  public State state() {
    throw new UnsupportedOperationException(
        "TODO architecture/circuit-breaker: return the state, reporting OPEN as HALF_OPEN once"
            + " clock.instant() is at or after openedAt + openDuration");
  }
}
