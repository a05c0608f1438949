package dev.roadmapkit.caching.writestrategies;

import java.util.Optional;

/**
 * Exercise {@code caching/write-strategies}, part 1: a <em>write-through</em> cache. Every {@link
 * #put} writes the {@link BackingStore} synchronously, before it returns, so the store is never
 * behind the cache. The price is the store's latency on every write.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>{@link #put}: write the store first with {@link BackingStore#write}, then the cache. If the
 *       store throws, {@code put} throws that same exception and the cache keeps its previous
 *       value: the cache must never show a value the store does not have.
 *   <li>{@link #get}: served from the cache only (this exercise is about the write path).
 * </ul>
 *
 * <p>Not thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class WriteThroughCache<K, V> {

  private final BackingStore<K, V> store;

  /** Creates an empty cache in front of {@code store}. */
  public WriteThroughCache(BackingStore<K, V> store) {
    this.store = store;
  }

  /** Writes {@code value} to the store, then to the cache. */
  public void put(K key, V value) {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: store.write(key, value) first, then put it in the cache"
            + " (a map field); if the store throws, leave the cache as it was");
  }

  /** The cached value of {@code key}, if any. */
  public Optional<V> get(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/write-strategies: return the cached value from the map");
  }
}
