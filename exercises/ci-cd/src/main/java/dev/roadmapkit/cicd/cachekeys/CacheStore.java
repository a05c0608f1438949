package dev.roadmapkit.cicd.cachekeys;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Exercise {@code ci-cd/cache-keys}, part 2: a cache of entries by key that restores the exact key
 * or falls back through the restore keys, like {@code actions/cache}.
 *
 * <p><b>Saving.</b> An entry is saved under its key with the time of the given clock as its
 * creation time. Entries are immutable: saving a key that exists changes nothing (neither the entry
 * nor its time) and says {@code false}; a job that changed the dependencies must make a new key,
 * which is why the key holds the lockfiles' hash.
 *
 * <p><b>Restoring</b> {@code (key, restoreKeys)}:
 *
 * <ol>
 *   <li>an entry whose key equals {@code key} is an exact hit, whatever else exists;
 *   <li>otherwise each restore key, in the order given, is a prefix: among the entries whose key
 *       starts with it (case-sensitive), the newest wins (the latest creation time; between equal
 *       times, the one saved later), and the first restore key that matches anything decides;
 *   <li>otherwise nothing is restored.
 * </ol>
 *
 * (GitHub also tries {@code key} itself as a prefix before the restore keys, and scopes caches by
 * branch; this exercise leaves both out.)
 */
public final class CacheStore {

  /**
   * An empty cache.
   *
   * @param clock gives every entry its creation time
   * @throws NullPointerException when {@code clock} is null
   */
  public CacheStore(Clock clock) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/cache-keys: keep the clock and an empty collection of entries");
  }

  /**
   * Saves an entry under {@code key}, created now, unless one exists.
   *
   * @return {@code true} when saved, {@code false} when the key existed (nothing changes then)
   * @throws IllegalArgumentException when {@code key} is blank
   */
  public boolean save(String key) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/cache-keys: save key with clock.instant(), never overwrite");
  }

  /**
   * Restores {@code key}, or the newest entry of the first restore-key prefix that matches.
   *
   * @return the hit, exact or partial; empty when nothing matches
   */
  public Optional<CacheHit> restore(String key, List<String> restoreKeys) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/cache-keys: exact key first, then each prefix in order, the newest entry");
  }
}
