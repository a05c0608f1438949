package dev.roadmapkit.caching.writestrategies;

import java.util.Optional;

/**
 * Exercise {@code caching/write-strategies}, part 2: a <em>write-behind</em> (write-back) cache. A
 * {@link #put} updates the cache at once and only <em>buffers</em> the write; buffered writes reach
 * the {@link BackingStore} later, several at a time with {@link BackingStore#writeAll}. Fast writes
 * and fewer round trips, paid for with a window in which the store is behind the cache.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>{@link #put} updates the cache (a following {@link #get} sees the value) and buffers the
 *       write. A later write to a key that is still buffered replaces it: only the last value of a
 *       key is written, and it counts once.
 *   <li>As soon as {@code batchSize} distinct keys are buffered, {@code put} flushes them as one
 *       batch.
 *   <li>{@link #flush} writes everything buffered as one {@link BackingStore#writeAll} call and
 *       empties the buffer. With nothing buffered it does not call the store (no empty batches).
 *   <li>Nothing is lost: if {@code writeAll} throws, {@code flush} throws that exception and the
 *       buffer is kept, so a later {@code flush} writes it again.
 *   <li>{@link #close} flushes what is left. After {@code close}, {@code put} throws {@link
 *       IllegalStateException}; closing again does nothing.
 * </ul>
 *
 * <p>Not thread-safe. A real write-behind cache also flushes on a timer, from another thread.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class WriteBehindCache<K, V> implements AutoCloseable {

  private final BackingStore<K, V> store;
  private final int batchSize;

  /**
   * Creates an empty cache in front of {@code store}.
   *
   * @param store where buffered writes go
   * @param batchSize how many distinct buffered keys trigger a flush; at least 1
   * @throws IllegalArgumentException if {@code batchSize} is less than 1; the message names it
   */
  public WriteBehindCache(BackingStore<K, V> store, int batchSize) {
    // TODO caching/write-strategies: reject a batchSize below 1
    this.store = store;
    this.batchSize = batchSize;
  }

  /**
   * Updates the cache and buffers the write; flushes when {@code batchSize} keys are buffered.
   *
   * @throws IllegalStateException if the cache is closed
   */
  public void put(K key, V value) {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: put the value in the cache and in the buffer (a map:"
            + " a later write of a key replaces the buffered one); flush when batchSize keys are"
            + " buffered; refuse puts after close");
  }

  /** The latest value of {@code key}, flushed or not. */
  public Optional<V> get(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: return the cached value");
  }

  /** The number of distinct keys buffered and not yet written to the store. */
  public int pendingWrites() {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: return the number of buffered keys");
  }

  /**
   * Writes all buffered entries to the store as one batch and empties the buffer; does nothing when
   * nothing is buffered. If the store throws, the buffer is kept and the exception propagates.
   */
  public void flush() {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: if anything is buffered, store.writeAll(buffer) and only"
            + " then clear the buffer");
  }

  /** Flushes what is left and refuses further puts. Closing twice is harmless. */
  @Override
  public void close() {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: flush, then remember that the cache is closed");
  }
}
