package dev.roadmapkit.caching.lrucache;

// Key idea: a HashMap finds a key's node in O(1), and a doubly linked list between two sentinel
// nodes keeps the recency order, so "touch" (unlink + relink at the front) and "evict" (unlink the
// node before the tail sentinel) are a few pointer updates. The sentinels remove every null check
// at the ends. Trade-off: two extra references per entry and code that java.util.LinkedHashMap
// with accessOrder=true already contains; in production code that, or a library cache, is the
// better choice.

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code caching/lru-cache}: a cache that holds at most {@link #capacity()} entries and,
 * when a new key arrives at a full cache, evicts the <em>least recently used</em> one.
 *
 * <p>"Used" means written by {@link #put} or read by a successful {@link #get}. {@link
 * #evictionOrder()} only looks and does not count as a use. Every operation except {@link
 * #evictionOrder()} runs in O(1) time.
 *
 * <p>Keys and values must not be {@code null} ({@link NullPointerException}). Not thread-safe.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class LruCache<K, V> {

  private static final class Node<K, V> {
    final K key;
    V value;
    Node<K, V> previous;
    Node<K, V> next;

    Node(K key, V value) {
      this.key = key;
      this.value = value;
    }
  }

  private final int capacity;
  private final Map<K, Node<K, V>> nodes = new HashMap<>();
  // head.next is the most recently used node, tail.previous the least recently used one.
  private final Node<K, V> head = new Node<>(null, null);
  private final Node<K, V> tail = new Node<>(null, null);

  /**
   * Creates an empty cache.
   *
   * @param capacity the maximum number of entries, at least 1
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    head.next = tail;
    tail.previous = head;
  }

  /**
   * Returns the value for {@code key}, if present, and makes {@code key} the most recently used.
   */
  public Optional<V> get(K key) {
    Node<K, V> node = nodes.get(Objects.requireNonNull(key, "key"));
    if (node == null) {
      return Optional.empty();
    }
    unlink(node);
    linkAtFront(node);
    return Optional.of(node.value);
  }

  /**
   * Stores {@code value} under {@code key}, replacing any previous value, and makes {@code key} the
   * most recently used. When a new key arrives at a full cache, the least recently used entry is
   * evicted first.
   */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Node<K, V> node = nodes.get(key);
    if (node != null) {
      node.value = value;
      return;
    }
    if (nodes.size() == capacity) {
      Node<K, V> eldest = tail.previous;
      unlink(eldest);
      nodes.remove(eldest.key);
    }
    node = new Node<>(key, value);
    nodes.put(key, node);
    linkAtFront(node);
  }

  /** Removes {@code key} and returns the value it had, if it was present. */
  public Optional<V> remove(K key) {
    Node<K, V> node = nodes.remove(Objects.requireNonNull(key, "key"));
    if (node == null) {
      return Optional.empty();
    }
    unlink(node);
    return Optional.of(node.value);
  }

  /** The number of entries held, between 0 and {@link #capacity()}. */
  public int size() {
    return nodes.size();
  }

  /** The maximum number of entries, as given to the constructor. */
  public int capacity() {
    return capacity;
  }

  /**
   * The keys in the order they would be evicted: the least recently used first, the most recently
   * used last. Looking does not change the order. Runs in O(size).
   */
  public List<K> evictionOrder() {
    List<K> keys = new ArrayList<>(nodes.size());
    for (Node<K, V> node = tail.previous; node != head; node = node.previous) {
      keys.add(node.key);
    }
    return List.copyOf(keys);
  }

  private void unlink(Node<K, V> node) {
    node.previous.next = node.next;
    node.next.previous = node.previous;
  }

  private void linkAtFront(Node<K, V> node) {
    node.previous = head;
    node.next = head.next;
    head.next.previous = node;
    head.next = node;
  }
}
