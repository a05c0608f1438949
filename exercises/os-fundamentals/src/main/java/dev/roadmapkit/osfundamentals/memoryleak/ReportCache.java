package dev.roadmapkit.osfundamentals.memoryleak;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Exercise {@code os-fundamentals/memory-leak}, part 2: a cache of reports in front of a slow
 * loader. It works, and the guard tests keep it working, but it leaks.
 *
 * <p>Every key ever asked for stays in the map, so a server that is asked for ever new keys (a
 * report per user, per day, per search) grows until it runs out of heap. Give the cache its bound:
 * it holds at most {@code capacity} reports, and when a new one would be one too many, the
 * <em>least recently used</em> one (the one whose last {@link #get} is oldest) is evicted, so
 * nothing refers to it any more. A {@link java.util.LinkedHashMap} in access order does most of the
 * work.
 */
public final class ReportCache {

  private final Map<String, Report> reports = new HashMap<>();
  private final Function<String, Report> loader;

  /**
   * A cache.
   *
   * @param capacity the most reports it holds, at least 1
   * @param loader loads the report of a key that is not in the cache
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public ReportCache(int capacity, Function<String, Report> loader) {
    this.loader = loader;
  }

  /** The report of {@code key}, loaded the first time and kept (until evicted). */
  public Report get(String key) {
    return reports.computeIfAbsent(key, loader);
  }

  /** The number of reports held now. */
  public int size() {
    return reports.size();
  }
}
