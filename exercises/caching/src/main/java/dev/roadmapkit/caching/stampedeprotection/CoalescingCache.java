package dev.roadmapkit.caching.stampedeprotection;

import java.util.function.Function;

/**
 * Exercise {@code caching/stampede-protection}: a thread-safe cache that loads missing values with
 * a loader and protects the loader from a <em>stampede</em> (also called dog-piling or a thundering
 * herd).
 *
 * <p>A stampede happens when a popular key is missing (it expired, or the service just started) and
 * a hundred requests miss it at the same moment: a naive cache sends a hundred identical queries to
 * the slow source, which is the moment it can least afford them. The fix is request coalescing: the
 * first caller that misses starts the load, and every caller that misses the same key while that
 * load is in flight waits for it instead of starting its own.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>{@link #get}: a cached value is returned at once. On a miss, if a load of that key is in
 *       flight, wait for it and return its value; otherwise start one. However many threads call
 *       {@code get(key)} concurrently, the loader runs <em>once</em> for that key, and every caller
 *       gets the value it returned, even when two of them find the key missing at the very same
 *       moment. The value is then cached: later calls do not load.
 *   <li>Keys are independent: a slow load of one key must not hold up callers of another key (no
 *       global lock around the loader), and different keys load in parallel.
 *   <li>If the loader throws, every caller that was waiting for that load gets a {@link
 *       LoadFailedException} with the loader's exception as its cause. A failure is not cached: it
 *       is forgotten before any caller hears of it, so a {@code get} that comes in after that (a
 *       caller retrying at once included) starts a new load.
 *   <li>{@link #invalidate}: forget the cached value, so the next {@code get} loads again.
 * </ul>
 *
 * <p>The loader runs on the thread of the caller that started the load; the others block until it
 * is done. No sleeping or polling: waiting means blocking on something that the loading thread
 * completes.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class CoalescingCache<K, V> {

  private final Function<? super K, ? extends V> loader;

  /**
   * Creates an empty cache.
   *
   * @param loader loads the value of a key from the slow source; must not return {@code null}
   */
  public CoalescingCache(Function<? super K, ? extends V> loader) {
    this.loader = loader;
  }

  /**
   * The value of {@code key}: cached, or loaded once however many threads ask at the same time.
   *
   * @throws LoadFailedException if the load this call started or waited for failed
   */
  public V get(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/stampede-protection: return the cached value, or join the load in flight"
            + " for this key, or start one (only one per key at a time); on failure throw"
            + " LoadFailedException to every waiter and forget the failed load");
  }

  /** Forgets the cached value of {@code key}; the next {@link #get} loads it again. */
  public void invalidate(K key) {
    throw new UnsupportedOperationException(
        "TODO caching/stampede-protection: remove the key from the cache");
  }
}
