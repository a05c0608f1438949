package dev.roadmapkit.caching.ttlcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.roadmapkit.caching.ttlcache.TtlCache.Stats;
import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("caching/ttl-cache: TtlCache")
class TtlCacheTest {

  private static final Duration TTL = Duration.ofSeconds(60);

  private final TestClock clock = TestClock.at("2026-01-01T12:00:00Z");

  @ParameterizedTest(name = "a TTL of {0} is rejected")
  @ValueSource(strings = {"PT0S", "PT-1S"})
  @DisplayName("rejects a TTL that is zero or negative with an IllegalArgumentException naming it")
  void rejectsNonPositiveTtl(String ttl) {
    assertThatIllegalArgumentException()
        .as(
            "new TtlCache<>(%s, clock) must throw IllegalArgumentException: with such a TTL every"
                + " entry would be expired before anyone could read it",
            ttl)
        .isThrownBy(() -> new TtlCache<String, String>(Duration.parse(ttl), clock))
        .withMessageContaining(ttl);
  }

  @Test
  @DisplayName("a read just before the TTL runs out is a hit")
  void hitBeforeDeadline() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("user:1", "Ada");

    clock.advance(TTL.minusNanos(1));

    assertThat(cache.get("user:1"))
        .as(
            "written at 12:00:00 with a TTL of 60 s, the entry is fresh until just before 12:01:00;"
                + " read 1 ns before the deadline it must be returned")
        .contains("Ada");
    assertThat(cache.stats())
        .as("one read that found a fresh entry: 1 hit, 0 misses, 0 expirations")
        .isEqualTo(new Stats(1, 0, 0));
  }

  @Test
  @DisplayName("an entry is expired exactly when its TTL has elapsed, and reading it removes it")
  void expiresAtDeadline() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("user:1", "Ada");

    clock.advance(TTL);

    assertThat(cache.size())
        .as(
            "expiry is lazy: before anyone reads it, the expired entry is still held, so size()"
                + " is still 1")
        .isEqualTo(1);
    assertThat(cache.get("user:1"))
        .as(
            "written at 12:00:00 with a TTL of 60 s, the entry is expired at 12:01:00 exactly"
                + " (fresh means now < write time + ttl). Read the time from the injected clock,"
                + " clock.instant(), not from Instant.now()")
        .isEmpty();
    assertThat(cache.size())
        .as("reading an expired entry must remove it, so it stops taking memory")
        .isZero();
    assertThat(cache.stats())
        .as("reading an expired entry is a miss and an expiration: Stats(0, 1, 1)")
        .isEqualTo(new Stats(0, 1, 1));
  }

  @Test
  @DisplayName("an expired entry is counted as an expiration once; the next read is a plain miss")
  void expirationCountedOnce() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("k", "v");
    clock.advance(TTL.plusSeconds(5));

    cache.get("k");
    cache.get("k");

    assertThat(cache.stats())
        .as(
            "the first read finds the expired entry and removes it (miss + expiration); the second"
                + " finds nothing (miss only): Stats(0, 2, 1)")
        .isEqualTo(new Stats(0, 2, 1));
  }

  @Test
  @DisplayName("a key that was never written is a miss but not an expiration")
  void absentKeyIsAMiss() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);

    assertThat(cache.get("nobody")).as("get() of an unknown key must return empty").isEmpty();
    assertThat(cache.stats())
        .as("an unknown key is a miss; nothing expired: Stats(0, 1, 0)")
        .isEqualTo(new Stats(0, 1, 0));
  }

  @Test
  @DisplayName("writing a key again gives it a new deadline")
  void rewriteRestartsTtl() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("k", "old");
    clock.advance(Duration.ofSeconds(40));
    cache.put("k", "new");
    clock.advance(Duration.ofSeconds(40));

    assertThat(cache.get("k"))
        .as(
            "rewritten 40 s after the first write, the entry must be fresh for another 60 s: at"
                + " 80 s it is 40 s old, so it must be a hit with the new value")
        .contains("new");
  }

  @Test
  @DisplayName("reading does not extend the TTL")
  void readsDoNotExtend() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("k", "v");
    clock.advance(Duration.ofSeconds(59));
    assertThat(cache.get("k")).as("59 s after the write the entry is fresh").contains("v");

    clock.advance(Duration.ofSeconds(1));

    assertThat(cache.get("k"))
        .as(
            "the read at 59 s must not have renewed the entry: the TTL bounds how stale a value"
                + " can get, counted from the write, so at 60 s it is expired")
        .isEmpty();
  }

  @Test
  @DisplayName("every entry has its own deadline")
  void ownDeadlines() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("early", "1");
    clock.advance(Duration.ofSeconds(30));
    cache.put("late", "2");
    clock.advance(Duration.ofSeconds(30));

    assertThat(cache.get("early")).as("\"early\" was written 60 s ago: expired").isEmpty();
    assertThat(cache.get("late")).as("\"late\" was written 30 s ago: fresh").contains("2");
  }

  @Test
  @DisplayName("invalidate removes a key without touching the statistics")
  void invalidate() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("k", "v");
    cache.put("other", "w");

    cache.invalidate("k");
    cache.invalidate("never-written");

    assertThat(cache.size())
        .as("invalidate(\"k\") must remove exactly that key (and ignore unknown keys)")
        .isEqualTo(1);
    assertThat(cache.stats())
        .as("invalidating is neither a read nor an expiration: Stats(0, 0, 0)")
        .isEqualTo(new Stats(0, 0, 0));
    assertThat(cache.get("k")).as("an invalidated key must be gone").isEmpty();
  }

  @Test
  @DisplayName("purgeExpired removes only expired entries, counts them and returns how many")
  void purgeExpired() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    cache.put("a", "1");
    cache.put("b", "2");
    clock.advance(Duration.ofSeconds(10));
    cache.put("c", "3");
    clock.advance(Duration.ofSeconds(50));

    assertThat(cache.purgeExpired())
        .as("at 60 s, \"a\" and \"b\" (written at 0 s) are expired and \"c\" (10 s) is not")
        .isEqualTo(2);
    assertThat(cache.size()).as("only \"c\" must be left").isEqualTo(1);
    assertThat(cache.stats())
        .as("a purge is not a read: 0 hits, 0 misses, but 2 expirations")
        .isEqualTo(new Stats(0, 0, 2));
    assertThat(cache.purgeExpired()).as("a second purge finds nothing more to remove").isZero();
    assertThat(cache.get("c")).as("the fresh entry must have survived the purge").contains("3");
  }

  @Test
  @DisplayName("the hit ratio is hits / (hits + misses), and 0.0 before any read")
  void hitRatio() {
    TtlCache<String, String> cache = new TtlCache<>(TTL, clock);
    assertThat(cache.stats().hitRatio())
        .as("no reads yet: hitRatio() must be 0.0, not NaN from dividing 0 by 0")
        .isEqualTo(0.0);

    cache.put("k", "v");
    cache.get("k");
    cache.get("k");
    cache.get("k");
    cache.get("absent");

    assertThat(cache.stats().hitRatio())
        .as("3 hits and 1 miss: hitRatio() must be 3 / 4 = 0.75 (divide as double, not int)")
        .isCloseTo(0.75, within(1e-9));
    assertThat(new Stats(1, 2, 0).hitRatio())
        .as("Stats(1 hit, 2 misses): hitRatio() must be 1 / 3")
        .isCloseTo(1.0 / 3, within(1e-9));
  }

  // ---- Property: any sequence of writes, reads, purges and clock moves agrees with a model. ----

  private sealed interface Step permits Put, Read, Wait, Purge {}

  private record Put(int key) implements Step {}

  private record Read(int key) implements Step {}

  private record Wait(int seconds) implements Step {}

  private record Purge() implements Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> keys = Arbitraries.integers().between(0, 3);
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            Tuple.of(3, keys.map(Put::new)),
            Tuple.of(4, keys.map(Read::new)),
            Tuple.of(3, Arbitraries.integers().between(1, 45).map(Wait::new)),
            Tuple.of(1, Arbitraries.just(new Purge())));
    return step.list().ofMaxSize(40);
  }

  @Property(tries = 200)
  @Label("any sequence of writes, reads, purges and waits agrees with a simple model")
  void agreesWithModel(@ForAll("steps") List<Step> steps) {
    TestClock time = TestClock.at("2026-01-01T12:00:00Z");
    TtlCache<Integer, String> cache = new TtlCache<>(TTL, time);
    Map<Integer, Instant> writtenAt = new HashMap<>();
    long hits = 0;
    long misses = 0;
    long expirations = 0;
    List<Step> done = new ArrayList<>();

    for (Step step : steps) {
      done.add(step);
      Instant now = time.instant();
      if (step instanceof Put put) {
        cache.put(put.key(), "written at " + now);
        writtenAt.put(put.key(), now);
      } else if (step instanceof Read read) {
        Instant written = writtenAt.get(read.key());
        Optional<String> expected;
        if (written == null) {
          misses++;
          expected = Optional.empty();
        } else if (now.isBefore(written.plus(TTL))) {
          hits++;
          expected = Optional.of("written at " + written);
        } else {
          misses++;
          expirations++;
          writtenAt.remove(read.key());
          expected = Optional.empty();
        }
        assertThat(cache.get(read.key()))
            .as("TTL 60 s, after the steps %s: get(%d)", done, read.key())
            .isEqualTo(expected);
      } else if (step instanceof Wait wait) {
        time.advance(Duration.ofSeconds(wait.seconds()));
      } else {
        int expired = 0;
        for (var it = writtenAt.values().iterator(); it.hasNext(); ) {
          if (!now.isBefore(it.next().plus(TTL))) {
            it.remove();
            expired++;
          }
        }
        expirations += expired;
        assertThat(cache.purgeExpired())
            .as("TTL 60 s, after the steps %s: purgeExpired() removes", done)
            .isEqualTo(expired);
      }
      assertThat(cache.size())
          .as("TTL 60 s, after the steps %s: size() counts the entries held", done)
          .isEqualTo(writtenAt.size());
      assertThat(cache.stats())
          .as("TTL 60 s, after the steps %s: stats()", done)
          .isEqualTo(new Stats(hits, misses, expirations));
    }
  }
}
