package dev.roadmapkit.osfundamentals.tokenbucket;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise {@code os-fundamentals/token-bucket}: a rate limiter shared by many threads.
 *
 * <p>The bucket holds at most {@code capacity} tokens and starts full. Tokens flow back in at
 * {@code tokensPerSecond}, measured on the given {@link NanoClock}; a full bucket takes no more, so
 * after a long idle time a caller can spend at most {@code capacity} at once (a burst). {@link
 * #tryAcquire} takes tokens if there are enough and says whether it did; it never waits.
 *
 * <p>The refill is exact: after 1 s - 1 ns at 3 tokens per second, 2 tokens have come back (2.99...
 * of them), after 1 s exactly 3, however often the bucket was asked in between. So do not round
 * away the part of a token that has not finished arriving: either keep the time of the tokens not
 * yet credited, or keep tokens in a finer unit (a token is 1,000,000,000 "token-nanoseconds per
 * second"; elapsed nanoseconds times the rate is then exact in a {@code long}).
 *
 * <p>The clock may go backwards (a test clock does, a broken one might): a reading earlier than the
 * latest one the bucket saw counts as no time passing, and it never takes tokens away.
 *
 * <p>Thread safety, which the tests rely on to force the races: every method reads and changes the
 * state only while holding the {@code lock} given to the constructor, and a check for enough tokens
 * and the taking of them happen in ONE critical section.
 */
public final class TokenBucket {

  /** The largest capacity and rate accepted, so that the arithmetic fits in a {@code long}. */
  public static final long MAX = 1_000_000_000L;

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
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/token-bucket: check the arguments, start full, remember the clock's"
            + " reading");
  }

  /**
   * Takes {@code tokens} if the bucket holds that many now (after refilling); otherwise takes
   * nothing.
   *
   * @return whether the tokens were taken
   * @throws IllegalArgumentException when {@code tokens} is below 1 or above the capacity
   */
  public boolean tryAcquire(long tokens) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/token-bucket: under the lock, refill from the time elapsed, then"
            + " check and take in the same critical section");
  }

  /** The whole tokens the bucket holds now, after refilling. */
  public long availableTokens() {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/token-bucket: under the lock, refill, then the whole tokens");
  }
}
