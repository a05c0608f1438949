package dev.roadmapkit.caching.lrucache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("caching/lru-cache: LruCache")
class LruCacheTest {

  @ParameterizedTest(name = "new LruCache<>({0}) is rejected")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  @DisplayName("rejects a capacity below 1 with an IllegalArgumentException naming the value")
  void rejectsCapacityBelowOne(int capacity) {
    assertThatIllegalArgumentException()
        .as(
            "new LruCache<>(%d) must throw IllegalArgumentException: a cache that can hold no entry"
                + " is a mistake the caller should hear about at once",
            capacity)
        .isThrownBy(() -> new LruCache<String, String>(capacity))
        .withMessageContaining(String.valueOf(capacity));
  }

  @Test
  @DisplayName("accepts capacity 1, reports its capacity and starts empty")
  void startsEmpty() {
    LruCache<String, String> cache = new LruCache<>(1);
    LruCache<String, String> bigger = new LruCache<>(3);

    assertThat(cache.capacity())
        .as("capacity() must return the capacity given to the constructor")
        .isEqualTo(1);
    assertThat(bigger.capacity())
        .as("capacity() must return the capacity given to the constructor")
        .isEqualTo(3);
    assertThat(bigger.size()).as("a new cache holds no entries: size() must be 0").isZero();
    assertThat(bigger.get("a"))
        .as("get() on an empty cache must return Optional.empty()")
        .isEmpty();
    assertThat(bigger.evictionOrder()).as("a new cache has no keys to evict").isEmpty();
  }

  @Test
  @DisplayName("returns what was put, and replacing a value does not add an entry")
  void returnsWhatWasPut() {
    LruCache<String, String> cache = new LruCache<>(2);

    cache.put("a", "apple");
    cache.put("b", "banana");
    cache.put("a", "avocado");

    assertThat(cache.get("a"))
        .as("put(\"a\", ...) a second time replaces the value: get(\"a\") must return the latest")
        .contains("avocado");
    assertThat(cache.get("b"))
        .as("get(\"b\") must return the value put for \"b\"")
        .contains("banana");
    assertThat(cache.size())
        .as("two distinct keys were put (one of them twice): size() must be 2, not 3")
        .isEqualTo(2);
  }

  @Test
  @DisplayName("evicts the least recently used key when a new key arrives at a full cache")
  void evictsLeastRecentlyUsed() {
    LruCache<String, String> cache = new LruCache<>(3);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");

    cache.put("d", "4");

    assertThat(cache.get("a"))
        .as(
            "capacity 3, keys put in the order a, b, c, d: \"a\" is the least recently used and"
                + " must have been evicted to make room for \"d\"")
        .isEmpty();
    assertThat(cache.evictionOrder())
        .as("after evicting \"a\", the remaining keys from least to most recently used")
        .containsExactly("b", "c", "d");
    assertThat(cache.size()).as("a full cache stays at its capacity").isEqualTo(3);
  }

  @Test
  @DisplayName("a get makes the key the most recently used, so another key is evicted")
  void getRefreshesRecency() {
    LruCache<String, String> cache = new LruCache<>(3);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");

    cache.get("a");
    cache.put("d", "4");

    assertThat(cache.get("a"))
        .as(
            "get(\"a\") counts as a use: \"a\" became the most recently used, so it must survive"
                + " the eviction caused by put(\"d\"). Move the node to the front on every hit")
        .contains("1");
    assertThat(cache.get("b"))
        .as("\"b\" was the least recently used after get(\"a\"), so put(\"d\") must evict it")
        .isEmpty();
  }

  @Test
  @DisplayName("putting a present key makes it the most recently used and evicts nothing")
  void putOfPresentKeyRefreshesRecency() {
    LruCache<String, String> cache = new LruCache<>(2);
    cache.put("a", "1");
    cache.put("b", "2");

    cache.put("a", "1 again");

    assertThat(cache.evictionOrder())
        .as(
            "replacing the value of \"a\" counts as a use and must not evict anything: \"b\" is now"
                + " the least recently used")
        .containsExactly("b", "a");

    cache.put("c", "3");

    assertThat(cache.evictionOrder())
        .as("the next new key must evict \"b\", the least recently used, not \"a\"")
        .containsExactly("a", "c");
  }

  @Test
  @DisplayName("a miss does not change the order of the others")
  void missChangesNothing() {
    LruCache<String, String> cache = new LruCache<>(2);
    cache.put("a", "1");
    cache.put("b", "2");

    assertThat(cache.get("z"))
        .as("get() of a key never put must return Optional.empty()")
        .isEmpty();
    assertThat(cache.evictionOrder())
        .as("a miss must neither add a key nor reorder the present ones")
        .containsExactly("a", "b");
  }

  @Test
  @DisplayName("evictionOrder() only looks: it does not count as a use")
  void evictionOrderOnlyLooks() {
    LruCache<String, String> cache = new LruCache<>(2);
    cache.put("a", "1");
    cache.put("b", "2");

    assertThat(cache.evictionOrder()).containsExactly("a", "b");
    assertThat(cache.evictionOrder())
        .as("calling evictionOrder() twice must give the same order: looking is not using")
        .containsExactly("a", "b");
    cache.put("c", "3");
    assertThat(cache.evictionOrder())
        .as("evictionOrder() touched nothing, so \"a\" is still the one to evict")
        .containsExactly("b", "c");
  }

  @Test
  @DisplayName("remove returns the removed value and frees a slot")
  void removeFreesASlot() {
    LruCache<String, String> cache = new LruCache<>(2);
    cache.put("a", "1");
    cache.put("b", "2");

    assertThat(cache.remove("a")).as("remove(\"a\") must return the value \"a\" had").contains("1");
    assertThat(cache.remove("a"))
        .as("a second remove(\"a\") finds nothing: Optional.empty()")
        .isEmpty();
    assertThat(cache.size()).as("after removing one of two keys, size() must be 1").isEqualTo(1);

    cache.put("c", "3");

    assertThat(cache.evictionOrder())
        .as(
            "remove(\"a\") freed a slot, so put(\"c\") must not evict \"b\"; is the removed node"
                + " unlinked from the list as well as removed from the map?")
        .containsExactly("b", "c");
  }

  @Test
  @DisplayName("with capacity 1 only the latest key stays")
  void capacityOne() {
    LruCache<Integer, String> cache = new LruCache<>(1);

    cache.put(1, "one");
    cache.put(2, "two");

    assertThat(cache.get(1)).as("capacity 1: put(2, ...) must evict key 1").isEmpty();
    assertThat(cache.get(2)).as("capacity 1: the latest key must be kept").contains("two");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  @DisplayName("rejects null keys and values with a NullPointerException, in put, get and remove")
  void rejectsNull() {
    LruCache<String, String> cache = new LruCache<>(2);

    assertThatNullPointerException()
        .as("a null key cannot be looked up later: put(null, ...) must throw NullPointerException")
        .isThrownBy(() -> cache.put(null, "v"));
    assertThatNullPointerException()
        .as(
            "get() returns Optional, which cannot hold null: put(..., null) must throw"
                + " NullPointerException")
        .isThrownBy(() -> cache.put("k", null));
    assertThat(cache.size()).as("a rejected put must not store anything").isZero();
    assertThatNullPointerException()
        .as(
            "the class Javadoc says keys must not be null: get(null) must throw"
                + " NullPointerException rather than answer a question that has no key")
        .isThrownBy(() -> cache.get(null));
    assertThatNullPointerException()
        .as("likewise remove(null) must throw NullPointerException, not return empty")
        .isThrownBy(() -> cache.remove(null));
  }

  /**
   * A key that counts every {@code equals} and {@code hashCode} call made on it. A HashMap needs
   * about one of each per operation; scanning a list of keys needs one per entry scanned.
   */
  private record CountingKey(int id, AtomicLong work) {
    @Override
    public boolean equals(Object other) {
      work.incrementAndGet();
      return other instanceof CountingKey key && key.id == id;
    }

    @Override
    public int hashCode() {
      work.incrementAndGet();
      return Integer.hashCode(id);
    }
  }

  @Test
  @DisplayName("does O(1) work per operation: no operation scans the entries")
  void constantWorkPerOperation() {
    int capacity = 2_000;
    int operations = 4_000;
    AtomicLong work = new AtomicLong();
    LruCache<CountingKey, Integer> cache = new LruCache<>(capacity);
    Random random = new Random(42);
    for (int i = 0; i < capacity; i++) {
      cache.put(new CountingKey(i, work), i);
    }

    work.set(0);
    for (int i = 0; i < operations; i++) {
      CountingKey key = new CountingKey(random.nextInt(2 * capacity), work);
      if (i % 2 == 0) {
        cache.get(key);
      } else {
        cache.put(key, i);
      }
    }

    assertThat(work.get() / (double) operations)
        .as(
            "with %,d entries, %,d gets and puts called the keys' equals/hashCode %,d times: %.1f"
                + " per operation. A HashMap lookup needs about 2; scanning needs one per entry."
                + " Something scans the entries (list.remove(key), list.indexOf, contains). Keep"
                + " a HashMap from key to a node of a doubly linked list, and unlink nodes"
                + " directly",
            capacity, operations, work.get(), work.get() / (double) operations)
        .isLessThanOrEqualTo(6.0);
    assertThat(cache.size()).as("the cache stays filled to its capacity").isEqualTo(capacity);
  }

  @Property(tries = 200)
  @Label("never holds more entries than its capacity")
  void neverExceedsCapacity(
      @ForAll @IntRange(min = 1, max = 8) int capacity,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 20) Integer> keys) {
    LruCache<Integer, Integer> cache = new LruCache<>(capacity);
    Set<Integer> distinct = new HashSet<>();

    for (int key : keys) {
      cache.put(key, key * 10);
      distinct.add(key);

      assertThat(cache.size())
          .as(
              "after putting %d distinct keys into a cache of capacity %d, size() must be %d: a"
                  + " full cache evicts one entry for every new key",
              distinct.size(), capacity, Math.min(distinct.size(), capacity))
          .isEqualTo(Math.min(distinct.size(), capacity));
      assertThat(cache.get(key))
          .as("the key just put (%d) must always be present", key)
          .contains(key * 10);
    }
  }

  // ---- Stateful property: random sequences of put/get/remove against a simple model. ----

  @Property(tries = 300)
  @Label("behaves like a simple list-based model for any sequence of put, get and remove")
  void behavesLikeTheModel(@ForAll("operations") ActionChain<CacheAndModel> chain) {
    chain
        .withInvariant(
            "same keys in the same eviction order as the model",
            state ->
                assertThat(state.cache.evictionOrder())
                    .as(
                        "after %s, evictionOrder() (least recently used first) must match the"
                            + " model",
                        state.history)
                    .containsExactlyElementsOf(state.model.order))
        .withInvariant(
            "size within capacity",
            state ->
                assertThat(state.cache.size())
                    .as("after %s, size() must match the model", state.history)
                    .isEqualTo(state.model.order.size())
                    .isLessThanOrEqualTo(state.model.capacity))
        .run();
  }

  @Provide
  Arbitrary<ActionChain<CacheAndModel>> operations() {
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            capacity ->
                ActionChain.<CacheAndModel>startWith(() -> new CacheAndModel(capacity))
                    .withAction(3, new PutAction())
                    .withAction(2, new GetAction())
                    .withAction(1, new RemoveAction())
                    .withMaxTransformations(30));
  }

  private static Arbitrary<Integer> keys() {
    return Arbitraries.integers().between(0, 6);
  }

  private static final class PutAction implements Action.Independent<CacheAndModel> {
    @Override
    public Arbitrary<Transformer<CacheAndModel>> transformer() {
      return keys()
          .flatMap(
              key ->
                  Arbitraries.strings()
                      .alpha()
                      .ofLength(2)
                      .map(
                          value ->
                              Transformer.mutate(
                                  "put(" + key + ", " + value + ")",
                                  state -> state.put(key, value))));
    }
  }

  private static final class GetAction implements Action.Independent<CacheAndModel> {
    @Override
    public Arbitrary<Transformer<CacheAndModel>> transformer() {
      return keys().map(key -> Transformer.mutate("get(" + key + ")", state -> state.get(key)));
    }
  }

  private static final class RemoveAction implements Action.Independent<CacheAndModel> {
    @Override
    public Arbitrary<Transformer<CacheAndModel>> transformer() {
      return keys()
          .map(key -> Transformer.mutate("remove(" + key + ")", state -> state.remove(key)));
    }
  }

  /** The cache under test and the model it must agree with, driven by the same operations. */
  static final class CacheAndModel {
    final LruCache<Integer, String> cache;
    final ListModel model;
    final List<String> history = new ArrayList<>();

    CacheAndModel(int capacity) {
      this.model = new ListModel(capacity);
      this.history.add("new LruCache<>(" + capacity + ")");
      this.cache = new LruCache<>(capacity);
    }

    void put(int key, String value) {
      history.add("put(" + key + ", " + value + ")");
      cache.put(key, value);
      model.put(key, value);
    }

    void get(int key) {
      history.add("get(" + key + ")");
      assertThat(cache.get(key))
          .as("after %s, get(%d) must return what the model returns", history, key)
          .isEqualTo(model.get(key));
    }

    void remove(int key) {
      history.add("remove(" + key + ")");
      assertThat(cache.remove(key))
          .as("after %s, remove(%d) must return what the model returns", history, key)
          .isEqualTo(model.remove(key));
    }

    @Override
    public String toString() {
      return String.join(", ", history);
    }
  }

  /**
   * An obviously correct LRU: a list of keys, least recently used first. O(n), and that is fine.
   */
  static final class ListModel {
    final int capacity;
    final List<Integer> order = new ArrayList<>();
    final Map<Integer, String> values = new HashMap<>();

    ListModel(int capacity) {
      this.capacity = capacity;
    }

    Optional<String> get(int key) {
      if (!values.containsKey(key)) {
        return Optional.empty();
      }
      touch(key);
      return Optional.of(values.get(key));
    }

    void put(int key, String value) {
      if (!values.containsKey(key) && order.size() == capacity) {
        values.remove(order.remove(0));
      }
      values.put(key, value);
      touch(key);
    }

    Optional<String> remove(int key) {
      order.remove(Integer.valueOf(key));
      return Optional.ofNullable(values.remove(key));
    }

    private void touch(int key) {
      order.remove(Integer.valueOf(key));
      order.add(key);
    }
  }
}
