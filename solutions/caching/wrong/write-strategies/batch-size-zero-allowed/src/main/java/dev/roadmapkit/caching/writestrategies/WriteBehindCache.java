package dev.roadmapkit.caching.writestrategies;

// Key idea: the buffer is a map, not a list, so repeated writes of a key coalesce into its last
// value and a batch never writes a key twice; the buffer is cleared only after writeAll returned,
// so a failing store loses nothing. Trade-off: until a flush the store is behind the cache, and
// a crash of the process loses the buffer; that window is the price of fast, batched writes.

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code caching/write-strategies}, part 2: a <em>write-behind</em> (write-back) cache. A
 * {@link #put} updates the cache at once and buffers the write; the buffer is written to the {@link
 * BackingStore} in one {@link BackingStore#writeAll} call when {@code batchSize} distinct keys are
 * buffered, on {@link #flush} and on {@link #close}. A failed flush keeps the buffer. Not
 * thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class WriteBehindCache<K, V> implements AutoCloseable {

  private final BackingStore<K, V> store;
  private final int batchSize;
  private final Map<K, V> cache = new HashMap<>();
  private final Map<K, V> buffer = new LinkedHashMap<>();
  private boolean closed;

  /**
   * Creates an empty cache in front of {@code store}.
   *
   * @param store where buffered writes go
   * @param batchSize how many distinct buffered keys trigger a flush; at least 1
   * @throws IllegalArgumentException if {@code batchSize} is less than 1
   */
  public WriteBehindCache(BackingStore<K, V> store, int batchSize) {
    if (batchSize < 0) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.batchSize = batchSize;
  }

  /**
   * Updates the cache and buffers the write; flushes when {@code batchSize} keys are buffered.
   *
   * @throws IllegalStateException if the cache is closed
   */
  public void put(K key, V value) {
    if (closed) {
      throw new IllegalStateException("closed: put(" + key + ", ...) would never be written");
    }
    cache.put(key, value);
    buffer.put(key, value);
    if (buffer.size() >= batchSize) {
      flush();
    }
  }

  /** The latest value of {@code key}, flushed or not. */
  public Optional<V> get(K key) {
    return Optional.ofNullable(cache.get(key));
  }

  /** The number of distinct keys buffered and not yet written to the store. */
  public int pendingWrites() {
    return buffer.size();
  }

  /**
   * Writes all buffered entries to the store as one batch and empties the buffer; does nothing when
   * nothing is buffered. If the store throws, the buffer is kept and the exception propagates.
   */
  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    store.writeAll(new LinkedHashMap<>(buffer));
    buffer.clear();
  }

  /** Flushes what is left and refuses further puts. Closing twice is harmless. */
  @Override
  public void close() {
    flush();
    closed = true;
  }
}
