package dev.roadmapkit.cicd.cachekeys;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code ci-cd/cache-keys}, part 2: restore with fallback.
 *
 * <p>Key idea: an exact hit means the dependencies are what the lockfiles say; a prefix hit is a
 * warm start from the newest cache of the same kind, close enough to make the install fast. The
 * order of the fallbacks is the order of preference, so the first restore key that matches decides,
 * and within it the newest entry wins. The trade-off: a prefix hit may carry stale dependencies, so
 * the job must still install, and save under its own new key.
 */
public final class CacheStore {

  private final Clock clock;
  // Insertion order is save order, so among equal times the later one is found last.
  private final Map<String, Instant> entries = new LinkedHashMap<>();

  /** An empty cache. */
  public CacheStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Saves an entry under {@code key}, created now, unless one exists. */
  public boolean save(String key) {
    if (key.isBlank()) {
      throw new IllegalArgumentException("a cache key must not be blank");
    }
    return entries.putIfAbsent(key, clock.instant()) == null;
  }

  /** Restores {@code key}, or the newest entry of the first restore-key prefix that matches. */
  public Optional<CacheHit> restore(String key, List<String> restoreKeys) {
    if (entries.containsKey(key)) {
      return Optional.of(new CacheHit(key, true));
    }
    String best = null;
    for (String prefix : restoreKeys) {
      String newest = null;
      Instant newestTime = null;
      for (var entry : entries.entrySet()) {
        if (entry.getKey().startsWith(prefix)
            && (newestTime == null || !entry.getValue().isBefore(newestTime))) {
          newest = entry.getKey();
          newestTime = entry.getValue();
        }
      }
      if (newest != null && (best == null || !entries.get(newest).isBefore(entries.get(best)))) {
        best = newest;
      }
    }
    return Optional.ofNullable(best).map(k -> new CacheHit(k, false));
  }
}
