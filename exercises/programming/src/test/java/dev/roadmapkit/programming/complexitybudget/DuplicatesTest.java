package dev.roadmapkit.programming.complexitybudget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/complexity-budget: Duplicates")
class DuplicatesTest {

  private static List<Item> items(Operations operations, List<String> values) {
    List<Item> items = new ArrayList<>();
    for (String value : values) {
      items.add(operations.item(value));
    }
    // Unmodifiable: find must not sort or change the caller's list.
    return Collections.unmodifiableList(items);
  }

  private static List<String> duplicatesOf(String... values) {
    return Duplicates.find(items(new Operations(), List.of(values))).stream()
        .map(Item::toString)
        .toList();
  }

  @Test
  @DisplayName("each repeated value once, in the order of its second occurrence")
  void findsInOrder() {
    assertThat(duplicatesOf("a", "b", "b", "a", "a"))
        .as(
            "in [a, b, b, a, a], b repeats first (index 2), then a (index 3): [b, a]. Not the"
                + " order of a hash map, not sorted, and a, though there three times, only once")
        .containsExactly("b", "a");
    assertThat(duplicatesOf("x", "y", "z", "z", "y", "x", "z"))
        .as("in [x, y, z, z, y, x, z]: z repeats at index 3, y at 4, x at 5")
        .containsExactly("z", "y", "x");
  }

  @Test
  @DisplayName("no duplicates, an empty list and a single item give an empty list")
  void none() {
    assertThat(duplicatesOf()).as("an empty list has no duplicates").isEmpty();
    assertThat(duplicatesOf("solo")).as("one item cannot repeat").isEmpty();
    assertThat(duplicatesOf("a", "b", "c", "d")).as("four different values").isEmpty();
  }

  @Test
  @DisplayName("a value there many times is reported once")
  void manyTimes() {
    assertThat(duplicatesOf("q", "q", "q", "q", "q", "q"))
        .as("q six times is one duplicate, [q]: report a value the first time it repeats only")
        .containsExactly("q");
  }

  @Test
  @DisplayName("items are equal by value, not by identity")
  void byValue() {
    Operations operations = new Operations();
    List<Item> items =
        List.of(operations.item("same"), operations.item("other"), operations.item("same"));
    assertThat(Duplicates.find(items))
        .as(
            "two different Item objects of the value \"same\" are duplicates: compare with"
                + " equals (or a HashSet), never with ==")
        .extracting(Item::toString)
        .containsExactly("same");
  }

  /** n values, each there {@code copies} times, shuffled with a fixed seed. */
  private static List<String> shuffledCopies(int distinct, int copies, long seed) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (int i = 0; i < distinct; i++) {
        values.add("v" + i);
      }
    }
    Collections.shuffle(values, new Random(seed));
    return values;
  }

  private static void assertWithinBudget(String shape, List<String> values) {
    int n = values.size();
    long budget = 3L * n * (long) Math.ceil(Math.log(n) / Math.log(2));
    Operations operations = new Operations();
    List<Item> items = items(operations, values);

    List<Item> found = Duplicates.find(items);
    long used = operations.count();

    assertThat(used)
        .as(
            "%s (n = %d): find made %d equals/hashCode/compareTo calls, the budget is 3 · n ·"
                + " log2 n = %d. A HashSet needs about 2 per item; comparing each item with the"
                + " others (a nested loop, or List.contains / indexOf in a loop) needs about"
                + " n²/2 = %d",
            shape, n, used, budget, (long) n * n / 2)
        .isLessThanOrEqualTo(budget);
    assertThat(found.stream().map(Item::toString).toList())
        .as("%s: the duplicates found within the budget must also be right", shape)
        .isEqualTo(expected(values));
  }

  @Test
  @DisplayName("within budget on 4096 different values")
  void budgetDistinct() {
    assertWithinBudget("4096 different values", shuffledCopies(4096, 1, 1));
  }

  @Test
  @DisplayName("within budget on 2048 values there twice each")
  void budgetPairs() {
    assertWithinBudget("2048 values, each twice, shuffled", shuffledCopies(2048, 2, 2));
  }

  @Test
  @DisplayName("within budget on one value 4096 times, and on 8 values 512 times each")
  void budgetFewValues() {
    assertWithinBudget("one value 4096 times", shuffledCopies(1, 4096, 3));
    assertWithinBudget("8 values, 512 times each", shuffledCopies(8, 512, 4));
  }

  @Test
  @DisplayName("within budget when the duplicates come at the very end")
  void budgetLateDuplicates() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      values.add("v" + i);
    }
    for (int i = 0; i < 96; i++) {
      values.add("v" + (i * 41));
    }
    assertWithinBudget("4000 different values, then 96 of them again", values);
  }

  /** The answer from the values themselves, uncounted. */
  private static List<String> expected(List<String> values) {
    Map<String, Integer> seen = new HashMap<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (String value : values) {
      if (seen.merge(value, 1, Integer::sum) == 2) {
        repeated.add(value);
      }
    }
    return List.copyOf(repeated);
  }

  @Provide
  Arbitrary<List<String>> values() {
    return Arbitraries.strings()
        .withChars("abcdef")
        .ofMinLength(1)
        .ofMaxLength(2)
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 300)
  @Label("on random lists, the duplicates in the order of their second occurrence")
  void agreesWithCountingValues(@ForAll("values") List<String> values) {
    assertThat(Duplicates.find(items(new Operations(), values)).stream().map(Item::toString))
        .as("find(%s)", values)
        .containsExactlyElementsOf(expected(values));
  }
}
