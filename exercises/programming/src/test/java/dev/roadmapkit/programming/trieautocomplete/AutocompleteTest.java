package dev.roadmapkit.programming.trieautocomplete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/trie-autocomplete: Autocomplete")
class AutocompleteTest {

  private static Suggestion s(String word, long frequency) {
    return new Suggestion(word, frequency);
  }

  private static Autocomplete fruit() {
    Autocomplete words = new Autocomplete();
    words.add("apple", 5);
    words.add("app", 3);
    words.add("apricot", 5);
    words.add("application", 9);
    words.add("banana", 4);
    words.add("abacus", 7);
    words.add("apply", 1);
    return words;
  }

  @Test
  @DisplayName("frequency adds up every add of a word; a prefix alone or an unknown word is 0")
  void frequencies() {
    Autocomplete words = new Autocomplete();
    words.add("cat", 2);
    words.add("cat", 3);
    words.add("catalog", 1);
    assertThat(words.frequency("cat"))
        .as("\"cat\" was added 2 and then 3 times: its frequency is 5 (add, do not replace)")
        .isEqualTo(5);
    assertThat(words.frequency("catalog")).as("\"catalog\" was added once").isEqualTo(1);
    assertThat(words.frequency("cata"))
        .as("\"cata\" is on the path of \"catalog\" but was never added as a word: 0")
        .isZero();
    assertThat(words.frequency("dog")).as("\"dog\" was never added: 0").isZero();
    assertThat(words.frequency("catalogue"))
        .as("\"catalogue\" goes past the end of the trie: 0, not an exception")
        .isZero();
  }

  @Test
  @DisplayName("topK ranks by frequency, highest first, and keeps at most k")
  void ranksByFrequency() {
    assertThat(fruit().topK("ap", 3))
        .as(
            "the words starting with \"ap\" are application 9, apple 5, apricot 5, app 3, apply"
                + " 1: the 3 most frequent, ties alphabetical")
        .containsExactly(s("application", 9), s("apple", 5), s("apricot", 5));
  }

  @Test
  @DisplayName("equal frequencies are ordered alphabetically, wherever they sit in the trie")
  void tiesAlphabetical() {
    Autocomplete words = new Autocomplete();
    for (String word : List.of("pear", "zebra", "apple", "mango", "peach")) {
      words.add(word, 2);
    }
    words.add("kiwi", 3);
    assertThat(words.topK("", 10))
        .as(
            "kiwi (3) first, then the five words of frequency 2 in alphabetical order: break ties"
                + " with the word itself (String.compareTo), not with the order found")
        .containsExactly(
            s("kiwi", 3), s("apple", 2), s("mango", 2), s("peach", 2), s("pear", 2), s("zebra", 2));
  }

  @Test
  @DisplayName("the prefix's subtree only: words sharing a shorter prefix are not suggested")
  void prefixSubtreeOnly() {
    assertThat(fruit().topK("apr", 5))
        .as(
            "only \"apricot\" starts with \"apr\"; app, apple, application (\"ap\" + another"
                + " letter) are siblings of the prefix's node, not in its subtree. Walk down ALL"
                + " the prefix's characters")
        .containsExactly(s("apricot", 5));
    assertThat(fruit().topK("b", 5)).containsExactly(s("banana", 4));
    assertThat(fruit().topK("appl", 5))
        .as("\"appl\" is the prefix of application, apple and apply")
        .containsExactly(s("application", 9), s("apple", 5), s("apply", 1));
  }

  @Test
  @DisplayName("the prefix itself is suggested when it is a word")
  void prefixIsAWord() {
    assertThat(fruit().topK("app", 10))
        .as(
            "\"app\" was added (3 times) and starts with \"app\": it belongs to the answer. The"
                + " prefix's own node counts, not only its children")
        .containsExactly(s("application", 9), s("apple", 5), s("app", 3), s("apply", 1));
    assertThat(fruit().topK("apricot", 10))
        .as("the whole word as a prefix suggests that word")
        .containsExactly(s("apricot", 5));
  }

  @Test
  @DisplayName("k cuts after ranking: the most frequent word is found even when it sorts last")
  void cutAfterRanking() {
    Autocomplete words = new Autocomplete();
    words.add("aa", 1);
    words.add("ab", 1);
    words.add("ac", 1);
    words.add("az", 50);
    assertThat(words.topK("a", 1))
        .as(
            "\"az\" (50) is the most frequent, though a walk meets it last: collect every match,"
                + " sort, and only then keep k")
        .containsExactly(s("az", 50));
    assertThat(words.topK("a", 2)).containsExactly(s("az", 50), s("aa", 1));
  }

  @Test
  @DisplayName("k larger than the matches returns them all; k = 0 returns none")
  void kBounds() {
    assertThat(fruit().topK("", 100))
        .as("the empty prefix matches all 7 words; k = 100 returns all of them, ranked")
        .containsExactly(
            s("application", 9),
            s("abacus", 7),
            s("apple", 5),
            s("apricot", 5),
            s("banana", 4),
            s("app", 3),
            s("apply", 1));
    assertThat(fruit().topK("ap", 0)).as("k = 0: no suggestion").isEmpty();
  }

  @Test
  @DisplayName("a prefix no word starts with gives an empty list, not an exception")
  void unknownPrefix() {
    assertThat(fruit().topK("apz", 3))
        .as("no word starts with \"apz\": the walk finds no child 'z', so the answer is empty")
        .isEmpty();
    assertThat(fruit().topK("applications", 3))
        .as("a prefix longer than every word: empty")
        .isEmpty();
    assertThat(new Autocomplete().topK("", 3)).as("an empty trie suggests nothing").isEmpty();
  }

  @Test
  @DisplayName("bad input is refused: an empty word, times below 1, a negative k")
  void refusesBadInput() {
    Autocomplete words = new Autocomplete();
    assertThatIllegalArgumentException()
        .as("add(\"\", 1): the empty word is not a word")
        .isThrownBy(() -> words.add("", 1));
    assertThatIllegalArgumentException()
        .as("add(\"x\", 0): a word is added at least once")
        .isThrownBy(() -> words.add("x", 0))
        .withMessageContaining("0");
    assertThatIllegalArgumentException()
        .as("add(\"x\", -4)")
        .isThrownBy(() -> words.add("x", -4))
        .withMessageContaining("-4");
    assertThatIllegalArgumentException()
        .as("topK(\"\", -1): k must not be negative")
        .isThrownBy(() -> words.topK("", -1))
        .withMessageContaining("-1");
    assertThat(words.frequency("x")).as("refused adds record nothing").isZero();
    words.add("x", 1);
    assertThat(words.topK("", 5)).containsExactly(s("x", 1));
  }

  @Test
  @DisplayName("any characters: upper case, digits, accents are just characters")
  void anyCharacters() {
    Autocomplete words = new Autocomplete();
    words.add("Café", 2);
    words.add("café", 1);
    words.add("caf3", 4);
    assertThat(words.topK("caf", 5))
        .as("'é', '3' and 'C' are characters like any other; \"Café\" does not start with \"caf\"")
        .containsExactly(s("caf3", 4), s("café", 1));
  }

  @Provide
  Arbitrary<Map<String, Long>> vocabulary() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(4);
    return Arbitraries.maps(word, Arbitraries.longs().between(1, 4)).ofMaxSize(25);
  }

  @Property(tries = 400)
  @Label("topK equals filtering all words by the prefix, ranking them and keeping k")
  void agreesWithBruteForce(
      @ForAll("vocabulary") Map<String, Long> vocabulary,
      @ForAll("prefixes") String prefix,
      @ForAll @IntRange(min = 0, max = 6) int k) {
    Autocomplete words = new Autocomplete();
    // Add each word in two parts, so that frequencies must be summed.
    vocabulary.forEach(
        (word, frequency) -> {
          words.add(word, 1);
          if (frequency > 1) {
            words.add(word, frequency - 1);
          }
        });
    List<Suggestion> expected =
        new TreeMap<>(vocabulary)
            .entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> s(e.getKey(), e.getValue()))
                .sorted(
                    Comparator.comparingLong(Suggestion::frequency)
                        .reversed()
                        .thenComparing(Suggestion::word))
                .limit(k)
                .toList();
    assertThat(words.topK(prefix, k))
        .as("topK(\"%s\", %d) over the words %s", prefix, k, vocabulary)
        .containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.strings().withChars("abc").ofMaxLength(3);
  }
}
