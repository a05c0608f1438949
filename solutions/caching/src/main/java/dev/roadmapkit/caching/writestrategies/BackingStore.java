package dev.roadmapkit.caching.writestrategies;

import java.util.Map;

/**
 * The slow, durable store behind a cache, e.g. a database. Given, not part of the task.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public interface BackingStore<K, V> {

  /** Writes one entry: one round trip. May throw if the store is unavailable. */
  void write(K key, V value);

  /**
   * Writes several entries in one round trip, e.g. one multi-row statement. May throw, in which
   * case none of them is written. The store does not keep a reference to {@code entries}.
   */
  void writeAll(Map<K, V> entries);
}
