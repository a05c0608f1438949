package dev.roadmapkit.osfundamentals.memoryleak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/memory-leak: ReportCache")
class ReportCacheTest {

  /** A loader that counts its calls per key. */
  private static final class CountingLoader implements Function<String, Report> {
    final Map<String, Integer> loads = new HashMap<>();

    @Override
    public Report apply(String key) {
      loads.merge(key, 1, Integer::sum);
      return new Report(key, "report of " + key + " " + "x".repeat(1_000));
    }

    int loads(String key) {
      return loads.getOrDefault(key, 0);
    }

    int total() {
      return loads.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final CountingLoader loader = new CountingLoader();

  @Test
  @Tag("guard")
  @DisplayName(
      "os-fundamentals/memory-leak: a report is loaded once and then served from the cache (guard)")
  void servesFromTheCache() {
    ReportCache cache = new ReportCache(10, loader);
    Report first = cache.get("q1");
    assertThat(cache.get("q1"))
        .as("this guard passed before your change: a second get is a hit, the same report")
        .isSameAs(first);
    cache.get("q2");
    assertThat(loader.loads("q1")).as("q1 was loaded once").isOne();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  @DisplayName("refuses a capacity below 1")
  void refusesBadCapacity() {
    assertThatIllegalArgumentException()
        .as("a cache that may hold 0 reports is no cache")
        .isThrownBy(() -> new ReportCache(0, loader));
    assertThatIllegalArgumentException().isThrownBy(() -> new ReportCache(-1, loader));
    ReportCache one = new ReportCache(1, loader);
    assertThat(one.get("a"))
        .as("a capacity of 1 is allowed: get returns the loader's report")
        .isEqualTo(new Report("a", loader.apply("a").body()));
    assertThat(one.get("b").key()).isEqualTo("b");
    assertThat(one.size()).as("a cache of 1 holds the last report").isOne();
  }

  @Test
  @DisplayName("after 10,000 different keys it holds its capacity of 100 reports, no more")
  void heapBudget() {
    ReportCache cache = new ReportCache(100, loader);
    for (int i = 0; i < 10_000; i++) {
      cache.get("user-" + i);
    }
    assertThat(cache.size())
        .as(
            "10,000 different keys were asked for; a cache of capacity 100 must hold 100 reports"
                + " (each ~1 KB here, megabytes in production), not all of them: evict")
        .isEqualTo(100);
    assertThat(loader.total()).as("each key was loaded once").isEqualTo(10_000);
  }

  @Test
  @Tag("guard")
  @DisplayName("holds exactly its capacity: three keys in a cache of 3 are all hits (guard)")
  void holdsExactlyCapacity() {
    ReportCache cache = new ReportCache(3, loader);
    cache.get("a");
    cache.get("b");
    cache.get("c");
    cache.get("a");
    cache.get("b");
    cache.get("c");
    assertThat(loader.total())
        .as(
            "this guard passed before your change: a cache of capacity 3 holds 3 reports; evict"
                + " only when a 4th comes (size() > capacity)")
        .isEqualTo(3);
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  @DisplayName("evicts the least recently used report, not the oldest inserted")
  void evictsLeastRecentlyUsed() {
    ReportCache cache = new ReportCache(3, loader);
    cache.get("a");
    cache.get("b");
    cache.get("c");
    cache.get("a"); // a is now the most recently used; b the least
    cache.get("d"); // one too many: b goes
    assertThat(cache.size()).isEqualTo(3);
    cache.get("a");
    cache.get("c");
    cache.get("d");
    assertThat(loader.loads("a"))
        .as(
            "a was read just before d came, so it must stay: evict the LEAST RECENTLY USED (a"
                + " LinkedHashMap in access order: new LinkedHashMap<>(16, 0.75f, true)), not the"
                + " first inserted")
        .isOne();
    assertThat(loader.total()).as("a, c and d were hits").isEqualTo(4);
    cache.get("b");
    assertThat(loader.loads("b")).as("b was evicted, so it is loaded again").isEqualTo(2);
  }

  @Test
  @DisplayName("an evicted report can be collected: nothing in the cache refers to it")
  void evictedReportIsCollected() {
    ReportCache cache = new ReportCache(50, loader);
    WeakReference<Report> first = loadFirst(cache);
    for (int i = 0; i < 200; i++) {
      cache.get("later-" + i);
    }
    assertThat(GcProbe.collected(first))
        .as(
            "the report of 'first' was read once and then 200 other keys came, in a cache of 50;"
                + " after %d GC cycles it is still reachable: the cache's map still holds it."
                + " Evict it (removeEldestEntry) so that nothing refers to it",
            GcProbe.CYCLES)
        .isTrue();
  }

  private static WeakReference<Report> loadFirst(ReportCache cache) {
    return new WeakReference<>(cache.get("first"));
  }
}
