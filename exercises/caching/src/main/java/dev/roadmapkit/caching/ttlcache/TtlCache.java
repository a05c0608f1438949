package dev.roadmapkit.caching.ttlcache;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Exercise {@code caching/ttl-cache}: a cache whose entries live for a fixed time to live (TTL)
 * after they were written.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>An entry written by {@link #put} at instant {@code t} is <em>fresh</em> while the clock
 *       reads before {@code t + ttl}, and <em>expired</em> from {@code t + ttl} on (exactly at the
 *       deadline it is already expired). Writing a key again gives it a new deadline. Reading does
 *       not extend it: the TTL bounds how stale a value can get, whoever reads it.
 *   <li>{@link #get} of a fresh entry is a <em>hit</em>. {@link #get} of an absent key is a
 *       <em>miss</em>. {@link #get} of an expired entry is a miss <em>and</em> an
 *       <em>expiration</em>: the entry is removed, so it stops taking memory.
 *   <li>Expiry is lazy: an expired entry that nobody reads stays held (and counted by {@link
 *       #size()}) until {@link #purgeExpired()} sweeps it. Redis works the same way, with a lazy
 *       check on access plus a periodic sweep.
 *   <li>Time comes only from the {@link Clock} given to the constructor ({@code clock.instant()}),
 *       never from {@code System.currentTimeMillis()} or {@code Instant.now()}: that is what makes
 *       expiry testable without waiting.
 * </ul>
 *
 * <p>Keys and values must not be {@code null}. Not thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class TtlCache<K, V> {

  /**
   * How the cache has been doing since it was created.
   *
   * @param hits reads that found a fresh entry
   * @param misses reads that found nothing fresh (absent or expired)
   * @param expirations entries removed because their TTL ran out, on a read or by {@link
   *     TtlCache#purgeExpired()}
   */
  public record Stats(long hits, long misses, long expirations) {

    /** The share of reads that were hits, between 0.0 and 1.0; 0.0 when there were no reads yet. */
    public double hitRatio() {
      throw new UnsupportedOperationException(
          "TODO caching/ttl-cache: return hits / (hits + misses) as a double, and 0.0 when there"
              + " were no reads");
    }
  }

  // Suggested fields: the ttl, the clock, a HashMap from key to an entry holding the value and
  // its expiry instant, and three counters.

  /**
   * Creates an empty cache.
   *
   * @param ttl how long an entry stays fresh after it was written; must be positive
   * @param clock where the current time comes from
   * @throws IllegalArgumentException if {@code ttl} is zero or negative; the message names it
   */
  public TtlCache(Duration ttl, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: reject a ttl that is zero or negative (IllegalArgumentException"
            + " naming it), keep the ttl and the clock, set up an empty map");
  }

  /** Stores {@code value} under {@code key}, fresh for the TTL from now. */
  public void put(K key, V value) {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: store the value with its expiry instant, clock.instant() + ttl");
  }

  /**
   * Returns the value if it is fresh (a hit). Otherwise returns empty (a miss); an expired entry is
   * also removed and counted as an expiration.
   */
  public Optional<V> get(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: return a fresh value (count a hit); for an absent key count a"
            + " miss; for an expired one remove it and count a miss and an expiration");
  }

  /** Removes {@code key} whatever its state. Not counted in the statistics. */
  public void invalidate(K key) {
    throw new UnsupportedOperationException("TODO caching/ttl-cache: remove the key");
  }

  /**
   * Removes every expired entry, counts each as an expiration, and returns how many were removed.
   */
  public int purgeExpired() {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: remove all expired entries, count them as expirations, return"
            + " the count");
  }

  /** The number of entries held, expired ones not yet removed included. */
  public int size() {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: return the number of entries held");
  }

  /** The statistics so far. */
  public Stats stats() {
    throw new UnsupportedOperationException(
        "TODO caching/ttl-cache: return new Stats(hits, misses, expirations)");
  }
}
