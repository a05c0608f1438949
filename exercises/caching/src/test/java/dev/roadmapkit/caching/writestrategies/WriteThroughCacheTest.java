package dev.roadmapkit.caching.writestrategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.caching.writestrategies.RecordingStore.Write;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("caching/write-strategies: WriteThroughCache")
class WriteThroughCacheTest {

  private final RecordingStore<String, Integer> store = new RecordingStore<>();
  private final WriteThroughCache<String, Integer> cache = new WriteThroughCache<>(store);

  @Test
  @DisplayName("put writes the store before it returns, and the cache serves the value")
  void putWritesTheStore() {
    cache.put("stock:apple", 12);

    assertThat(store.calls())
        .as(
            "write-through: when put(\"stock:apple\", 12) returns, the store must already have"
                + " it, written with store.write(key, value)")
        .containsExactly(new Write("stock:apple", 12));
    assertThat(cache.get("stock:apple"))
        .as("after put, get must return the value from the cache")
        .contains(12);
  }

  @Test
  @DisplayName("every put is its own store write, in order: no batching, no skipping")
  void everyPutIsWritten() {
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("a", 3);

    assertThat(store.calls())
        .as(
            "write-through writes each put synchronously, even a second write of the same key:"
                + " three puts, three store.write calls in the same order")
        .containsExactly(new Write("a", 1), new Write("b", 2), new Write("a", 3));
    assertThat(cache.get("a")).as("the cache holds the latest value of \"a\"").contains(3);
    assertThat(store.contents()).containsEntry("a", 3).containsEntry("b", 2);
  }

  @Test
  @DisplayName("when the store fails, put fails and the cache keeps its previous value")
  void storeFailureLeavesCacheUnchanged() {
    cache.put("a", 1);
    IllegalStateException unavailable = new IllegalStateException("database unavailable");
    store.failNext(1, unavailable);

    assertThat(catchThrowable(() -> cache.put("a", 2)))
        .as("the store's exception must reach the caller of put: the write did not happen")
        .isSameAs(unavailable);
    assertThat(cache.get("a"))
        .as(
            "the store refused 2, so the cache must still show 1: write the store first and"
                + " update the cache only after the store accepted the value. Otherwise the cache"
                + " shows a value that was never saved")
        .contains(1);
  }

  @Test
  @DisplayName("a key never put is not in the cache, and reading does not write")
  void unknownKey() {
    cache.put("a", 1);

    assertThat(cache.get("b")).as("get of a key never put must return empty").isEmpty();
    assertThat(store.calls())
        .as("only the one put may have reached the store; get must not write anything")
        .containsExactly(new Write("a", 1));
  }
}
