package dev.roadmapkit.osfundamentals.memoryleak;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Exercise {@code os-fundamentals/memory-leak}, part 2: a cache of reports with a bound.
 *
 * <p>Key idea: a cache without a bound is a leak with a hit rate. A {@link LinkedHashMap} in access
 * order keeps its entries from least to most recently used, and {@code removeEldestEntry} evicts
 * the first one as soon as an insert makes one too many, so the heap holds at most {@code capacity}
 * reports. The trade-off against weak or soft values: eviction is predictable and counted, but a
 * report in use elsewhere may be evicted and loaded again.
 */
public final class ReportCache {

  private final Map<String, Report> reports;
  private final Function<String, Report> loader;

  /**
   * A cache.
   *
   * @param capacity the most reports it holds, at least 1
   * @param loader loads the report of a key that is not in the cache
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public ReportCache(int capacity, Function<String, Report> loader) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.loader = loader;
    this.reports =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
            return size() > capacity;
          }
        };
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
