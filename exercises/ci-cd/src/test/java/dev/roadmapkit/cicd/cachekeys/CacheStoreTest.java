package dev.roadmapkit.cicd.cachekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ci-cd/cache-keys: CacheStore")
class CacheStoreTest {

  private final TestClock clock = TestClock.at("2026-03-01T10:00:00Z");

  private CacheStore store() {
    return new CacheStore(clock);
  }

  private void saveAndTick(CacheStore store, String key) {
    assertThat(store.save(key)).as("saving new key %s", key).isTrue();
    clock.advance(Duration.ofMinutes(5));
  }

  @Test
  @DisplayName("an exact key is an exact hit; nothing saved is a miss")
  void exactHitAndMiss() {
    CacheStore store = store();
    assertThat(store.restore("Linux-npm-abc", List.of("Linux-npm-")))
        .as("an empty cache restores nothing")
        .isEmpty();
    saveAndTick(store, "Linux-npm-abc");
    assertThat(store.restore("Linux-npm-abc", List.of()))
        .as("the key saved is restored exactly (cache-hit true)")
        .contains(new CacheHit("Linux-npm-abc", true));
    assertThat(store.restore("Linux-npm-xyz", List.of("linux-", "Windows-")))
        .as("prefixes are case-sensitive and must be prefixes: no match, no hit")
        .isEmpty();
  }

  @Test
  @DisplayName("prefers the exact key over a newer entry of a restore-key prefix")
  void exactBeatsPrefix() {
    CacheStore store = store();
    saveAndTick(store, "Linux-npm-abc");
    saveAndTick(store, "Linux-npm-abd");
    saveAndTick(store, "Linux-npm-abc-2");
    assertThat(store.restore("Linux-npm-abc", List.of("Linux-npm-")))
        .as(
            "Linux-npm-abc exists: it is the exact hit, although Linux-npm-abd and"
                + " Linux-npm-abc-2 are newer and match the restore key (and -abc-2 even starts"
                + " with the key itself)")
        .contains(new CacheHit("Linux-npm-abc", true));
  }

  @Test
  @DisplayName("falls back to the newest entry with the prefix, as a partial hit")
  void newestPrefixMatchWins() {
    CacheStore store = store();
    saveAndTick(store, "Linux-npm-ccc");
    saveAndTick(store, "Linux-npm-aaa");
    saveAndTick(store, "Linux-npm-bbb");
    saveAndTick(store, "Linux-pip-zzz");
    assertThat(store.restore("Linux-npm-new", List.of("Linux-npm-")))
        .as(
            "no exact hit; Linux-npm-ccc, -aaa and -bbb have the prefix and -bbb was saved last:"
                + " the newest wins (not the oldest, not the first by name)")
        .contains(new CacheHit("Linux-npm-bbb", false));
  }

  @Test
  @DisplayName("tries the restore keys in order: the first one that matches decides")
  void restoreKeysInOrder() {
    CacheStore store = store();
    saveAndTick(store, "Linux-npm-old");
    saveAndTick(store, "Linux-pip-newer");
    assertThat(store.restore("Linux-npm-new", List.of("Linux-npm-", "Linux-")))
        .as(
            "Linux-npm- matches Linux-npm-old: it decides, although Linux-pip-newer (matched by"
                + " the later Linux-) is newer")
        .contains(new CacheHit("Linux-npm-old", false));
    assertThat(store.restore("Linux-npm-new", List.of("macOS-", "Linux-")))
        .as("macOS- matches nothing: Linux- is tried next and its newest is Linux-pip-newer")
        .contains(new CacheHit("Linux-pip-newer", false));
  }

  @Test
  @DisplayName("never overwrites an entry: a second save of a key says false and keeps its time")
  void entriesAreImmutable() {
    CacheStore store = store();
    saveAndTick(store, "Linux-gradle-1");
    saveAndTick(store, "Linux-gradle-2");
    assertThat(store.save("Linux-gradle-1"))
        .as("Linux-gradle-1 exists: caches are immutable, save says false")
        .isFalse();
    assertThat(store.restore("Linux-gradle-3", List.of("Linux-gradle-")))
        .as("the refused save did not make Linux-gradle-1 newer: Linux-gradle-2 is still newest")
        .contains(new CacheHit("Linux-gradle-2", false));
  }

  @Test
  @DisplayName("between entries of the same time, the one saved later wins")
  void tieGoesToTheLaterSave() {
    CacheStore store = store();
    assertThat(store.save("Linux-go-first")).isTrue();
    assertThat(store.save("Linux-go-second")).isTrue();
    assertThat(store.restore("Linux-go-x", List.of("Linux-go-")))
        .as("both saved at 10:00:00: the one saved later, Linux-go-second, counts as newer")
        .contains(new CacheHit("Linux-go-second", false));
  }

  @Test
  @DisplayName("refuses a null clock and a blank key")
  void refusesBadArguments() {
    assertThatNullPointerException().isThrownBy(() -> new CacheStore(null));
    assertThatIllegalArgumentException()
        .as("a blank key cannot be saved")
        .isThrownBy(() -> store().save("  "));
  }
}
