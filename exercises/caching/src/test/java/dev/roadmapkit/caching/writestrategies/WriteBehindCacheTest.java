package dev.roadmapkit.caching.writestrategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.caching.writestrategies.RecordingStore.Call;
import dev.roadmapkit.caching.writestrategies.RecordingStore.WriteAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("caching/write-strategies: WriteBehindCache")
class WriteBehindCacheTest {

  private final RecordingStore<String, Integer> store = new RecordingStore<>();

  private static WriteAll batch(Map<String, Integer> entries) {
    return new WriteAll(Map.copyOf(entries));
  }

  @ParameterizedTest(name = "batch size {0} is rejected")
  @ValueSource(ints = {0, -3})
  @DisplayName("rejects a batch size below 1 with an IllegalArgumentException naming it")
  void rejectsBatchSizeBelowOne(int batchSize) {
    assertThatIllegalArgumentException()
        .as(
            "new WriteBehindCache<>(store, %d) must throw IllegalArgumentException: a batch needs"
                + " at least one write",
            batchSize)
        .isThrownBy(() -> new WriteBehindCache<>(store, batchSize))
        .withMessageContaining(String.valueOf(batchSize));
  }

  @Test
  @DisplayName("put only buffers: the store is not written until the batch is full")
  void putBuffers() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 3);

    cache.put("a", 1);
    cache.put("b", 2);

    assertThat(store.calls())
        .as("batch size 3, two keys put: write-behind must not touch the store yet")
        .isEmpty();
    assertThat(cache.pendingWrites()).as("two distinct keys are buffered").isEqualTo(2);
    assertThat(cache.get("a"))
        .as("a put value must be readable at once, before it reaches the store")
        .contains(1);
  }

  @Test
  @DisplayName("the put that fills the batch writes it to the store in one writeAll call")
  void fullBatchIsFlushed() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 3);

    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);

    assertThat(store.calls())
        .as(
            "batch size 3: the third distinct key must flush all three as ONE"
                + " store.writeAll(...) call, not three store.write calls")
        .containsExactly(batch(Map.of("a", 1, "b", 2, "c", 3)));
    assertThat(cache.pendingWrites()).as("after the flush nothing is buffered").isZero();
  }

  @Test
  @DisplayName("a later write to a buffered key replaces it: the last value wins, counted once")
  void laterWriteWins() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 3);

    cache.put("a", 1);
    cache.put("a", 2);
    cache.put("b", 1);

    assertThat(store.calls())
        .as(
            "\"a\" was written twice and \"b\" once: that is 2 distinct keys, fewer than the batch"
                + " size 3, so nothing may be flushed yet. Buffer in a map keyed by key")
        .isEmpty();
    assertThat(cache.pendingWrites()).isEqualTo(2);

    cache.put("c", 7);

    assertThat(store.calls())
        .as("the batch must carry only the last value of \"a\" (2), once")
        .containsExactly(batch(Map.of("a", 2, "b", 1, "c", 7)));
    assertThat(cache.get("a")).as("get returns the latest value").contains(2);
  }

  @Test
  @DisplayName("flush writes a partial batch; with nothing buffered it does not call the store")
  void flushWritesPartialBatch() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 10);
    cache.flush();
    assertThat(store.calls())
        .as("flush() with nothing buffered must not call the store: no empty batches")
        .isEmpty();

    cache.put("a", 1);
    cache.put("b", 2);
    cache.flush();
    cache.flush();

    assertThat(store.calls())
        .as(
            "flush() must write what is buffered as one writeAll call, even though the batch is"
                + " not full; the second flush() finds nothing to write")
        .containsExactly(batch(Map.of("a", 1, "b", 2)));
    assertThat(cache.pendingWrites()).as("flush() empties the buffer").isZero();
  }

  @Test
  @DisplayName("writes after a flush start a new batch")
  void newBatchAfterFlush() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 2);

    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("a", 3);
    cache.flush();

    assertThat(store.calls())
        .as(
            "batch size 2: a and b were flushed together; the new write of a must be a batch of"
                + " its own, not mixed with the already written keys")
        .containsExactly(batch(Map.of("a", 1, "b", 2)), batch(Map.of("a", 3)));
  }

  @Test
  @DisplayName("batch size 1 writes every put at once")
  void batchSizeOne() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 1);

    cache.put("a", 1);

    assertThat(store.calls())
        .as("with batch size 1 a single buffered key fills the batch")
        .containsExactly(batch(Map.of("a", 1)));
  }

  @Test
  @DisplayName("a failed flush keeps the buffer, so the next flush writes it: nothing is lost")
  void failedFlushKeepsBuffer() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 10);
    cache.put("a", 1);
    cache.put("b", 2);
    IllegalStateException unavailable = new IllegalStateException("database unavailable");
    store.failNext(1, unavailable);

    assertThat(catchThrowable(cache::flush))
        .as("the store's exception must reach the caller of flush")
        .isSameAs(unavailable);
    assertThat(cache.pendingWrites())
        .as(
            "the store refused the batch, so both writes must still be buffered: clear the buffer"
                + " only after writeAll returned")
        .isEqualTo(2);

    cache.flush();

    assertThat(store.contents())
        .as("once the store is back, flush() must write what the failed flush could not")
        .isEqualTo(Map.of("a", 1, "b", 2));
  }

  @Test
  @DisplayName("close flushes what is left, then refuses puts; closing twice is harmless")
  void closeFlushes() {
    WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(store, 10);
    cache.put("a", 1);
    cache.put("b", 2);

    cache.close();

    assertThat(store.calls())
        .as("close() must flush: writes still buffered would otherwise be lost")
        .containsExactly(batch(Map.of("a", 1, "b", 2)));
    assertThatIllegalStateException()
        .as("after close(), put must throw IllegalStateException: that write could never be stored")
        .isThrownBy(() -> cache.put("c", 3));

    cache.close();

    assertThat(store.calls())
        .as("a second close() has nothing to write and must not call the store again")
        .hasSize(1);
  }

  @Provide
  Arbitrary<List<String>> operations() {
    Arbitrary<String> put = Arbitraries.integers().between(0, 5).map(key -> "put k" + key);
    return Arbitraries.frequencyOf(Tuple.of(8, put), Tuple.of(1, Arbitraries.just("flush")))
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 200)
  @Label("nothing is lost: after close the store holds the last value of every key")
  void nothingLost(
      @ForAll @IntRange(min = 1, max = 5) int batchSize, @ForAll("operations") List<String> ops) {
    RecordingStore<String, Integer> recording = new RecordingStore<>();
    Map<String, Integer> lastWritten = new HashMap<>();
    List<String> done = new ArrayList<>();

    try (WriteBehindCache<String, Integer> cache = new WriteBehindCache<>(recording, batchSize)) {
      int counter = 0;
      for (String op : ops) {
        done.add(op);
        if (op.equals("flush")) {
          cache.flush();
        } else {
          String key = op.substring("put ".length());
          cache.put(key, ++counter);
          lastWritten.put(key, counter);
        }
      }
    }

    assertThat(recording.contents())
        .as(
            "batch size %d, after %s and close(): the store must hold the last value written for"
                + " every key",
            batchSize, done)
        .isEqualTo(lastWritten);
    for (Call call : recording.calls()) {
      assertThat(call)
          .as("batch size %d, after %s: the store got %s", batchSize, done, recording.calls())
          .isInstanceOfSatisfying(
              WriteAll.class,
              writeAll ->
                  assertThat(writeAll.entries())
                      .as("every batch must hold between 1 and batchSize (%d) keys", batchSize)
                      .isNotEmpty()
                      .hasSizeLessThanOrEqualTo(batchSize));
    }
  }
}
