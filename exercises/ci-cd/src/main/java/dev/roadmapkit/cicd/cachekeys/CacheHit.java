package dev.roadmapkit.cicd.cachekeys;

import java.util.Objects;

/**
 * What a restore found (given).
 *
 * @param key the key of the entry restored
 * @param exact whether it is the key asked for ({@code cache-hit} is {@code true} in GitHub
 *     Actions), or an entry found through a restore-key prefix (a partial hit: the job still runs
 *     the install, which is faster from a warm cache, and saves under the new key)
 */
public record CacheHit(String key, boolean exact) {

  /** Checks the key. */
  public CacheHit {
    Objects.requireNonNull(key, "key");
  }
}
