package dev.roadmapkit.caching.ttlcache;

// Key idea: store each value with its deadline (write time + TTL) and compare the injected
// clock's instant with it on every read; an expired entry found on a read is removed there and
// then (lazy expiry), and purgeExpired() is the sweep for entries nobody reads. Trade-off: lazy
// expiry costs nothing on the write path, but memory held by unread expired entries is only
// reclaimed when someone sweeps; a real cache runs the sweep on a schedule.

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code caching/ttl-cache}: a cache whose entries live for a fixed time to live (TTL)
 * after they were written.
 *
 * <p>An entry written at {@code t} is fresh while the clock reads before {@code t + ttl}. A read of
 * a fresh entry is a hit; of an absent one a miss; of an expired one a miss and an expiration, and
 * the entry is removed. Expiry is lazy: {@link #purgeExpired()} sweeps unread expired entries. Time
 * comes only from the injected {@link Clock}.
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
      long reads = hits + misses;
      return reads == 0 ? 0.0 : (double) hits / reads;
    }
  }

  private record Entry<V>(V value, Instant expiresAt) {
    boolean isExpiredAt(Instant now) {
      return !now.isBefore(expiresAt);
    }
  }

  private final Duration ttl;
  private final Clock clock;
  private final Map<K, Entry<V>> entries = new HashMap<>();
  private long hits;
  private long misses;
  private long expirations;

  /**
   * Creates an empty cache.
   *
   * @param ttl how long an entry stays fresh after it was written; must be positive
   * @param clock where the current time comes from
   * @throws IllegalArgumentException if {@code ttl} is zero or negative
   */
  public TtlCache(Duration ttl, Clock clock) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    this.ttl = ttl;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores {@code value} under {@code key}, fresh for the TTL from now. */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
  }

  /**
   * Returns the value if it is fresh (a hit). Otherwise returns empty (a miss); an expired entry is
   * also removed and counted as an expiration.
   */
  public Optional<V> get(K key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      misses++;
      return Optional.empty();
    }
    if (entry.isExpiredAt(clock.instant())) {
      entries.remove(key);
      expirations++;
      return Optional.empty();
    }
    hits++;
    return Optional.of(entry.value());
  }

  /** Removes {@code key} whatever its state. Not counted in the statistics. */
  public void invalidate(K key) {
    entries.remove(key);
  }

  /**
   * Removes every expired entry, counts each as an expiration, and returns how many were removed.
   */
  public int purgeExpired() {
    Instant now = clock.instant();
    int before = entries.size();
    entries.values().removeIf(entry -> entry.isExpiredAt(now));
    int removed = before - entries.size();
    expirations += removed;
    return removed;
  }

  /** The number of entries held, expired ones not yet removed included. */
  public int size() {
    return entries.size();
  }

  /** The statistics so far. */
  public Stats stats() {
    return new Stats(hits, misses, expirations);
  }
}
