package dev.roadmapkit.support.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it. Code under test takes a {@code Clock};
 * the test hands it one of these and calls {@link #advance(Duration)} instead of sleeping.
 *
 * <p>Thread-safe: the current instant is held in an atomic reference, so code running on other
 * threads sees every move.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock at {@code instant}, in UTC. */
  public static TestClock at(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new TestClock(new AtomicReference<>(instant), ZoneOffset.UTC);
  }

  /** A clock at an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}, in UTC. */
  public static TestClock at(String isoInstant) {
    Objects.requireNonNull(isoInstant, "isoInstant");
    return at(Instant.parse(isoInstant));
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException if {@code amount} is negative: time does not run backwards by
   *     accident; use {@link #set(Instant)} to do it on purpose
   */
  public TestClock advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "amount must not be negative, was " + amount + "; use set(Instant) to go back");
    }
    now.updateAndGet(current -> current.plus(amount));
    return this;
  }

  /** Sets the clock to {@code instant}, forwards or backwards. */
  public TestClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of the same moving instant in another zone: moving either moves both. */
  @Override
  public Clock withZone(ZoneId otherZone) {
    Objects.requireNonNull(otherZone, "zone");
    return otherZone.equals(zone) ? this : new TestClock(now, otherZone);
  }

  @Override
  public String toString() {
    return "TestClock[" + now.get() + ", " + zone + "]";
  }
}
