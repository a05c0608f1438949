package dev.roadmapkit.caching.lrucache;

import java.util.List;
import java.util.Optional;

/**
 * Exercise {@code caching/lru-cache}: a cache that holds at most {@link #capacity()} entries and,
 * when a new key arrives at a full cache, evicts the <em>least recently used</em> one.
 *
 * <p>"Used" means written by {@link #put} or read by a successful {@link #get}. {@link
 * #evictionOrder()} only looks and does not count as a use.
 *
 * <p>Every operation except {@link #evictionOrder()} must run in O(1) time, whatever the size: no
 * scanning of all entries to find the oldest one. The classic design is a {@code HashMap} from key
 * to a node of a doubly linked list that keeps the nodes in recency order; moving a node to the
 * front and cutting the tail are then a few pointer updates. Write that list yourself: {@code
 * java.util.LinkedHashMap} with access order would do it for you, and it is worth knowing, but the
 * point here is to see how it works.
 *
 * <p>Keys and values must not be {@code null} ({@link NullPointerException}). Not thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class LruCache<K, V> {

  // Suggested fields: the capacity, a HashMap<K, Node<K, V>> for O(1) lookup, and the head and
  // tail of a doubly linked list of nodes, most recently used first. Node is a small private
  // static class with key, value, previous and next.

  /**
   * Creates an empty cache.
   *
   * @param capacity the maximum number of entries, at least 1
   * @throws IllegalArgumentException if {@code capacity} is less than 1; the message names the
   *     value, e.g. {@code "capacity must be at least 1, was 0"}
   */
  public LruCache(int capacity) {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: check that capacity >= 1 (IllegalArgumentException naming the"
            + " value) and set up an empty map and linked list");
  }

  /**
   * Returns the value for {@code key}, if present, and makes {@code key} the most recently used.
   */
  public Optional<V> get(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: look the key up in the map; on a hit move its node to the front"
            + " of the recency list and return the value");
  }

  /**
   * Stores {@code value} under {@code key}, replacing any previous value, and makes {@code key} the
   * most recently used. When a new key arrives at a full cache, the least recently used entry is
   * evicted first; replacing the value of a present key never evicts anything.
   */
  public void put(K key, V value) {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: update a present key in place and move it to the front; for a new"
            + " key, evict the tail of the list when full, then add the new node at the front");
  }

  /** Removes {@code key} and returns the value it had, if it was present. */
  public Optional<V> remove(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: remove the key from the map and unlink its node from the list");
  }

  /** The number of entries held, between 0 and {@link #capacity()}. */
  public int size() {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: return the number of entries held");
  }

  /** The maximum number of entries, as given to the constructor. */
  public int capacity() {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: return the capacity given to the constructor");
  }

  /**
   * The keys in the order they would be evicted: the least recently used first, the most recently
   * used last. Looking does not change the order. Runs in O(size).
   */
  public List<K> evictionOrder() {
    throw new UnsupportedOperationException(
        "TODO caching/lru-cache: walk the list from the least to the most recently used node and"
            + " collect the keys");
  }
}
