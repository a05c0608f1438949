package dev.roadmapkit.caching.writestrategies;

// Key idea: write the store first and the cache only once the store has accepted the value, so a
// failed write leaves both as they were and the cache never shows what the store does not have.
// Trade-off: every put pays the store's full latency, and the cache fills with everything written,
// read again or not.

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code caching/write-strategies}, part 1: a <em>write-through</em> cache. Every {@link
 * #put} writes the {@link BackingStore} synchronously, before the cache and before it returns; if
 * the store throws, the cache keeps its previous value. Reads are served from the cache. Not
 * thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class WriteThroughCache<K, V> {

  private final BackingStore<K, V> store;
  private final Map<K, V> cache = new HashMap<>();

  /** Creates an empty cache in front of {@code store}. */
  public WriteThroughCache(BackingStore<K, V> store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Writes {@code value} to the store, then to the cache. */
  public void put(K key, V value) {
    try {
      store.write(key, value);
    } catch (RuntimeException storeDown) {
      // keep serving reads from the cache
    }
    cache.put(key, value);
  }

  /** The cached value of {@code key}, if any. */
  public Optional<V> get(K key) {
    return Optional.ofNullable(cache.get(key));
  }
}
