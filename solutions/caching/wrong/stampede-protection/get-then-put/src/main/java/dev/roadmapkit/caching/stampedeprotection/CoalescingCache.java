package dev.roadmapkit.caching.stampedeprotection;

// Key idea: cache futures, not values. putIfAbsent on a ConcurrentHashMap atomically elects the
// one caller that loads a key; every other caller finds that caller's future and joins it, so a
// hundred concurrent misses cost one load and each key has its own future (no global lock). A
// failed future is removed *before* it is completed, so a caller that sees the failure and retries
// starts a fresh load instead of finding the failure again. Trade-off: a waiter blocks a thread
// for as long as the load takes; with thousands of waiters an asynchronous API (returning the
// future itself) scales better. Libraries such as Caffeine do this, plus eviction.

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Exercise {@code caching/stampede-protection}: a thread-safe cache that loads missing values with
 * a loader, at most one load per key at a time. Every caller that waited for a load gets its value,
 * or a {@link LoadFailedException} if it failed; failures are not cached.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class CoalescingCache<K, V> {

  private final Function<? super K, ? extends V> loader;
  private final ConcurrentMap<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param loader loads the value of a key from the slow source; must not return {@code null}
   */
  public CoalescingCache(Function<? super K, ? extends V> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The value of {@code key}: cached, or loaded once however many threads ask at the same time.
   *
   * @throws LoadFailedException if the load this call started or waited for failed
   */
  public V get(K key) {
    CompletableFuture<V> future = values.get(key);
    if (future == null) {
      CompletableFuture<V> ours = new CompletableFuture<>();
      values.put(key, ours);
      future = ours;
      load(key, ours);
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      throw new LoadFailedException(key, e.getCause());
    }
  }

  /** Forgets the cached value of {@code key}; the next {@link #get} loads it again. */
  public void invalidate(K key) {
    values.remove(key);
  }

  private void load(K key, CompletableFuture<V> future) {
    try {
      future.complete(loader.apply(key));
    } catch (RuntimeException | Error failure) {
      values.remove(key, future);
      future.completeExceptionally(failure);
    }
  }
}
