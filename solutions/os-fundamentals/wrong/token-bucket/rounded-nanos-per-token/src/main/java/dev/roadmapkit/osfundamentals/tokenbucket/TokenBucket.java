package dev.roadmapkit.osfundamentals.tokenbucket;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise {@code os-fundamentals/token-bucket}: a rate limiter shared by many threads.
 *
 * <p>Key idea: tokens are counted in a unit a billion times finer, so that the refill, elapsed
 * nanoseconds times tokens per second, is an exact integer: nothing is rounded away however often
 * the bucket is asked. The refill is computed lazily from the elapsed time on each call instead of
 * by a timer thread, and the check and the take share one critical section. The trade-off: the fine
 * unit bounds capacity and rate ({@link #MAX}) so that the products fit in a {@code long}.
 */
public final class TokenBucket {

  /** The largest capacity and rate accepted, so that the arithmetic fits in a {@code long}. */
  public static final long MAX = 1_000_000_000L;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long capacityFine;
  private final long tokensPerSecond;
  private final NanoClock clock;
  private final ReentrantLock lock;
  private final long capacity;
  private long fine; // tokens times NANOS_PER_SECOND
  private long latest; // the latest clock reading seen

  /**
   * A full bucket.
   *
   * @param capacity the most tokens it holds, 1 to {@link #MAX}
   * @param tokensPerSecond how fast tokens come back, 1 to {@link #MAX}
   * @param clock the time source; read once here, as the start of the refill
   * @param lock the lock that guards every method
   * @throws IllegalArgumentException when {@code capacity} or {@code tokensPerSecond} is out of
   *     range
   * @throws NullPointerException when {@code clock} or {@code lock} is null
   */
  public TokenBucket(long capacity, long tokensPerSecond, NanoClock clock, ReentrantLock lock) {
    if (capacity < 1 || capacity > MAX) {
      throw new IllegalArgumentException("capacity must be 1 to " + MAX + ", got " + capacity);
    }
    if (tokensPerSecond < 1 || tokensPerSecond > MAX) {
      throw new IllegalArgumentException(
          "tokensPerSecond must be 1 to " + MAX + ", got " + tokensPerSecond);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lock = Objects.requireNonNull(lock, "lock");
    this.capacity = capacity;
    this.capacityFine = capacity * NANOS_PER_SECOND;
    this.tokensPerSecond = tokensPerSecond;
    this.fine = capacityFine;
    this.latest = clock.nanoTime();
  }

  /**
   * Takes {@code tokens} if the bucket holds that many now (after refilling); otherwise takes
   * nothing.
   *
   * @return whether the tokens were taken
   * @throws IllegalArgumentException when {@code tokens} is below 1 or above the capacity
   */
  public boolean tryAcquire(long tokens) {
    if (tokens < 1 || tokens > capacity) {
      throw new IllegalArgumentException(
          "tokens must be 1 to the capacity " + capacity + ", got " + tokens);
    }
    lock.lock();
    try {
      refill();
      long needed = tokens * NANOS_PER_SECOND;
      if (fine < needed) {
        return false;
      }
      fine -= needed;
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** The whole tokens the bucket holds now, after refilling. */
  public long availableTokens() {
    lock.lock();
    try {
      refill();
      return fine / NANOS_PER_SECOND;
    } finally {
      lock.unlock();
    }
  }

  // Runs under the lock.
  private void refill() {
    long now = clock.nanoTime();
    long elapsed = now - latest;
    if (elapsed <= 0) {
      return;
    }
    long nanosPerToken = NANOS_PER_SECOND / tokensPerSecond;
    long whole = elapsed / nanosPerToken;
    if (whole == 0) {
      return;
    }
    latest += whole * nanosPerToken;
    fine = Math.min(capacityFine, fine + Math.min(whole, capacity) * NANOS_PER_SECOND);
  }
}
