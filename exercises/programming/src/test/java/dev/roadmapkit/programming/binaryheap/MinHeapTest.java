package dev.roadmapkit.programming.binaryheap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/binary-heap: MinHeap")
class MinHeapTest {

  /** An element whose priority alone is compared, so that ties show which one moved. */
  record Task(int priority, String name) {
    @Override
    public String toString() {
      return name + "(" + priority + ")";
    }
  }

  private static final Comparator<Task> BY_PRIORITY = Comparator.comparingInt(Task::priority);

  private static MinHeap<Integer> heapOf(int... values) {
    MinHeap<Integer> heap = new MinHeap<>(Comparator.naturalOrder());
    for (int value : values) {
      heap.add(value);
    }
    return heap;
  }

  @Test
  @DisplayName("an empty heap has nothing to poll or peek, size 0")
  void empty() {
    MinHeap<Integer> heap = heapOf();
    assertThat(heap.size()).as("a new heap holds no element: size() must be 0").isZero();
    assertThat(heap.isEmpty()).as("a new heap isEmpty()").isTrue();
    assertThat(heap.peek()).as("peek() on an empty heap returns Optional.empty()").isEmpty();
    assertThat(heap.poll()).as("poll() on an empty heap returns Optional.empty()").isEmpty();
    assertThat(heap.levelOrder()).as("an empty heap's array holds nothing").isEmpty();
    assertThat(heap.size()).as("polling an empty heap leaves its size at 0").isZero();
  }

  @Test
  @DisplayName("peek shows the smallest without removing it; size counts adds and polls")
  void peekAndSize() {
    MinHeap<Integer> heap = heapOf(4, 2, 9);
    assertThat(heap.peek()).as("the smallest of 4, 2, 9 is 2").contains(2);
    assertThat(heap.peek()).as("peek() must not remove: a second peek() sees 2 again").contains(2);
    assertThat(heap.size()).as("three adds, no poll: size() is 3").isEqualTo(3);
    assertThat(heap.isEmpty()).as("a heap with three elements is not empty").isFalse();
    assertThat(heap.poll()).contains(2);
    assertThat(heap.size()).as("after one poll(), size() is 2").isEqualTo(2);
    assertThat(heap.peek()).as("after 2 is polled, 4 is the smallest").contains(4);
  }

  @Test
  @DisplayName("add sifts up: 5, 3, 8, 1 are laid out [1, 3, 8, 5]")
  void siftUpLayout() {
    MinHeap<Integer> heap = heapOf(5);
    heap.add(3);
    assertThat(heap.levelOrder())
        .as("3 is added at index 1; its parent, index (1 - 1) / 2 = 0, holds 5 > 3: swap")
        .containsExactly(3, 5);
    heap.add(8);
    assertThat(heap.levelOrder())
        .as("8 is added at index 2; its parent (index 0) holds 3 < 8: it stays")
        .containsExactly(3, 5, 8);
    heap.add(1);
    assertThat(heap.levelOrder())
        .as(
            "1 is added at index 3; parent (3 - 1) / 2 = 1 holds 5: swap; then parent 0 holds 3:"
                + " swap again. Sift up with a loop, not a single swap, and find the parent at"
                + " (i - 1) / 2")
        .containsExactly(1, 3, 8, 5);
    heap.add(2);
    assertThat(heap.levelOrder())
        .as("2 is added at index 4; parent (4 - 1) / 2 = 1 holds 3: swap; parent 0 holds 1: stop")
        .containsExactly(1, 2, 8, 5, 3);
  }

  @Test
  @DisplayName("poll moves the last element to the root and sifts it down to the smaller child")
  void siftDownLayout() {
    MinHeap<Integer> heap = heapOf(1, 2, 8, 5, 3, 9);
    assertThat(heap.levelOrder()).containsExactly(1, 2, 8, 5, 3, 9);

    assertThat(heap.poll()).as("poll() returns the root, the smallest").contains(1);
    assertThat(heap.levelOrder())
        .as(
            "the last element, 9, moves to the root; its children are 2 and 8: swap with the"
                + " SMALLER, 2; at index 1 its children are 5 and 3: swap with 3 (index 4)")
        .containsExactly(2, 3, 8, 5, 9);

    assertThat(heap.poll()).contains(2);
    assertThat(heap.levelOrder())
        .as("9 to the root, children 3 and 8: swap with 3; at index 1 its only child is 5: swap")
        .containsExactly(3, 5, 8, 9);

    assertThat(heap.poll()).contains(3);
    assertThat(heap.levelOrder())
        .as(
            "9 to the root, children 5 and 8: swap with 5; at index 1 its left child would be at"
                + " index 3, past the end: stop")
        .containsExactly(5, 9, 8);

    assertThat(heap.poll()).contains(5);
    assertThat(heap.levelOrder())
        .as("8 moves to the root; its only child, 9, is larger: it stays")
        .containsExactly(8, 9);
  }

  @Test
  @DisplayName("a left child at the last index is compared too")
  void lastLeftChild() {
    MinHeap<Integer> heap = heapOf(1, 5, 3, 7);
    assertThat(heap.poll()).contains(1);
    assertThat(heap.levelOrder())
        .as(
            "7 moves to the root; its children are 5 and 3: swap with 3 (index 2). Then 3 is the"
                + " smallest")
        .containsExactly(3, 5, 7);
    heap = heapOf(2, 9, 4);
    heap.add(10);
    assertThat(heap.poll()).contains(2);
    assertThat(heap.poll()).contains(4);
    assertThat(heap.levelOrder())
        .as(
            "after 2 and 4 are polled, 9 and 10 are left: the root 10 has ONE child, 9, at index"
                + " 1, which is the last index (size - 1); it must be swapped up. Check a child"
                + " exists with left < size, not left < size - 1")
        .containsExactly(9, 10);
  }

  @Test
  @DisplayName("ties: an equal element is not swapped, and of two equal children the left moves")
  void ties() {
    MinHeap<Task> heap = new MinHeap<>(BY_PRIORITY);
    heap.add(new Task(0, "r"));
    heap.add(new Task(1, "x"));
    heap.add(new Task(1, "y"));
    heap.add(new Task(5, "z"));
    heap.add(new Task(1, "w"));
    assertThat(heap.levelOrder())
        .as(
            "w(1) is added under x(1), which is not larger: sift up only while STRICTLY smaller"
                + " than the parent")
        .containsExactly(
            new Task(0, "r"),
            new Task(1, "x"),
            new Task(1, "y"),
            new Task(5, "z"),
            new Task(1, "w"));
    assertThat(heap.poll()).contains(new Task(0, "r"));
    assertThat(heap.levelOrder())
        .as(
            "w(1) moves to the root; its children x(1) and y(1) are not smaller than it: sift"
                + " down only while STRICTLY larger than the smaller child")
        .containsExactly(new Task(1, "w"), new Task(1, "x"), new Task(1, "y"), new Task(5, "z"));
    heap.poll();
    assertThat(heap.levelOrder())
        .as(
            "z(5) moves to the root; its children x(1) and y(1) are equal: swap with the LEFT one"
                + " (compare right < left strictly)")
        .containsExactly(new Task(1, "x"), new Task(5, "z"), new Task(1, "y"));
  }

  @Test
  @DisplayName("the comparator decides: with reverse order the largest comes first")
  void comparatorDecides() {
    MinHeap<String> heap = new MinHeap<>(Comparator.<String>reverseOrder());
    for (String s : List.of("kiwi", "apple", "pear", "fig")) {
      heap.add(s);
    }
    List<String> polled = new ArrayList<>();
    heap.poll().ifPresent(polled::add);
    heap.poll().ifPresent(polled::add);
    assertThat(polled)
        .as("compare with the comparator given, never with natural order")
        .containsExactly("pear", "kiwi");
  }

  @Test
  @DisplayName("null is refused with a NullPointerException")
  void refusesNull() {
    MinHeap<Integer> heap = heapOf(1);
    assertThatNullPointerException()
        .as("add(null): a null element cannot be compared; refuse it at once")
        .isThrownBy(() -> heap.add(null));
    assertThat(heap.size()).as("a refused add leaves the heap as it was").isEqualTo(1);
  }

  @Test
  @DisplayName("grows past its first array: 1000 elements in, 1000 out in order")
  void grows() {
    MinHeap<Integer> heap = new MinHeap<>(Comparator.naturalOrder());
    for (int i = 999; i >= 0; i--) {
      heap.add((i * 7919) % 1000);
    }
    assertThat(heap.size()).as("1000 adds").isEqualTo(1000);
    for (int expected = 0; expected < 1000; expected++) {
      int value = expected;
      assertThat(heap.poll())
          .as(
              "poll number %d of 0..999 added in scrambled order: when the array is full, copy"
                  + " it into one twice as large (Arrays.copyOf), keeping every element",
              value + 1)
          .contains(value);
    }
    assertThat(heap.poll()).as("all 1000 polled: empty").isEmpty();
  }

  @Test
  @DisplayName("add and poll cost O(log n) comparisons: counted on 1024 elements")
  void logarithmicComparisons() {
    AtomicLong comparisons = new AtomicLong();
    Comparator<Integer> counting =
        (a, b) -> {
          comparisons.incrementAndGet();
          return Integer.compare(a, b);
        };
    MinHeap<Integer> heap = new MinHeap<>(counting);
    int n = 1024;
    for (int i = 0; i < n; i++) {
      heap.add((i * 389) % n);
    }
    assertThat(comparisons.get())
        .as(
            "1024 adds made %d comparisons; sift-up compares at most once per level, 10 levels,"
                + " so at most 11 per add (11264 in all)",
            comparisons.get())
        .isLessThanOrEqualTo(11L * n);
    comparisons.set(0);
    for (int i = 0; i < n; i++) {
      heap.poll();
    }
    assertThat(comparisons.get())
        .as(
            "1024 polls made %d comparisons; sift-down compares twice per level, so at most"
                + " about 2 * 10 per poll (20480 in all). Scanning for the smallest costs n per"
                + " poll, about 500000: keep the heap property instead",
            comparisons.get())
        .isLessThanOrEqualTo(20L * n);
  }

  private static void assertHeapProperty(List<Integer> array, String after) {
    for (int i = 1; i < array.size(); i++) {
      int parent = (i - 1) / 2;
      assertThat(array.get(parent))
          .as(
              "heap property after %s: the array is %s, and index %d (%d) is its child of index"
                  + " %d, so it must not be smaller than %d",
              after, array, i, array.get(i), parent, array.get(parent))
          .isLessThanOrEqualTo(array.get(i));
    }
  }

  @Provide
  Arbitrary<List<Integer>> values() {
    return Arbitraries.integers().between(-20, 20).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  @Label("polling everything yields the elements in sorted order, duplicates kept")
  void pollingSorts(@ForAll("values") List<Integer> values) {
    MinHeap<Integer> heap = new MinHeap<>(Comparator.naturalOrder());
    for (Integer value : values) {
      heap.add(value);
      assertHeapProperty(heap.levelOrder(), "adding " + value + " (added so far in " + values);
    }
    List<Integer> polled = new ArrayList<>();
    while (!heap.isEmpty()) {
      polled.add(heap.poll().orElseThrow());
      assertHeapProperty(heap.levelOrder(), "polling " + polled);
    }
    assertThat(polled)
        .as("polling a heap filled with %s until empty", values)
        .isEqualTo(values.stream().sorted().toList());
  }

  @Provide
  Arbitrary<List<Integer>> operations() {
    // A value >= 0 is an add of that value; -1 is a poll.
    return Arbitraries.integers().between(-1, 30).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  @Label("adds and polls interleaved: each poll returns the smallest element still held")
  void interleaved(@ForAll("operations") List<Integer> operations) {
    MinHeap<Integer> heap = new MinHeap<>(Comparator.naturalOrder());
    List<Integer> held = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (int op : operations) {
      if (op < 0) {
        done.add("poll");
        Integer expected = held.stream().min(Integer::compare).orElse(null);
        if (expected == null) {
          assertThat(heap.poll()).as("after %s nothing is held", done).isEmpty();
        } else {
          held.remove(expected);
          assertThat(heap.poll())
              .as("after %s the smallest held is %d", done, expected)
              .contains(expected);
        }
      } else {
        done.add("add " + op);
        held.add(op);
        heap.add(op);
      }
      assertThat(heap.size())
          .as("after %s the heap holds %d", done, held.size())
          .isEqualTo(held.size());
      assertThat(heap.peek())
          .as("peek() after %s", done)
          .isEqualTo(held.stream().min(Integer::compare));
    }
  }
}
