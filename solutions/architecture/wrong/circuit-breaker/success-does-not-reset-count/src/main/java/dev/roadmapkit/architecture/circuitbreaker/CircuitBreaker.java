package dev.roadmapkit.architecture.circuitbreaker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A circuit breaker: {@code CLOSED} lets calls through and counts failures in a row, {@code OPEN}
 * refuses them for a while, {@code HALF_OPEN} lets one trial call decide.
 *
 * <p>Reference solution. The key idea: only two states are stored, closed and open; half-open is
 * what an open circuit becomes when the clock passes {@code openedAt + openDuration}, so no timer
 * thread is needed and the tests move time by hand. Admission and bookkeeping run under the
 * object's lock; the action runs outside it, so a slow dependency never blocks refused callers. The
 * trade-off of counting failures in a row (rather than a failure rate over a sliding window):
 * simple and predictable, but a dependency that fails every other call never trips it.
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

  private final int failureThreshold;
  private final Duration openDuration;
  private final Clock clock;

  private boolean open;
  private int failuresInARow;
  private Instant openedAt;
  private boolean trialInFlight;

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
    if (failureThreshold < 1) {
      throw new IllegalArgumentException(
          "failureThreshold must be at least 1, was " + failureThreshold);
    }
    if (openDuration.isZero() || openDuration.isNegative()) {
      throw new IllegalArgumentException("openDuration must be positive, was " + openDuration);
    }
    this.failureThreshold = failureThreshold;
    this.openDuration = openDuration;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code action} if the breaker lets it through, and records how it went.
   *
   * @return what the action returned
   * @throws CircuitOpenException if the circuit is open, or half-open with a trial in flight; the
   *     action is not run then
   */
  public <T> T call(Supplier<T> action) {
    boolean trial = admit();
    boolean succeeded = false;
    try {
      T result = action.get();
      succeeded = true;
      return result;
    } finally {
      record(trial, succeeded);
    }
  }

  /** The state right now; {@code HALF_OPEN} as soon as the open duration has passed. */
  public State state() {
    synchronized (this) {
      if (!open) {
        return State.CLOSED;
      }
      return clock.instant().isBefore(openedAt.plus(openDuration)) ? State.OPEN : State.HALF_OPEN;
    }
  }

  /** Decides whether a call may go through; returns whether it is the half-open trial. */
  private synchronized boolean admit() {
    State state = state();
    if (state == State.CLOSED) {
      return false;
    }
    if (state == State.OPEN) {
      throw new CircuitOpenException(
          Duration.between(clock.instant(), openedAt.plus(openDuration)));
    }
    if (trialInFlight) {
      throw new CircuitOpenException(Duration.ZERO);
    }
    trialInFlight = true;
    return true;
  }

  private synchronized void record(boolean trial, boolean succeeded) {
    if (trial) {
      trialInFlight = false;
    }
    if (succeeded) {
      if (trial) {
        failuresInARow = 0;
      }
      open = false;

    } else if (trial || ++failuresInARow >= failureThreshold) {
      open = true;
      openedAt = clock.instant();
    }
  }
}
