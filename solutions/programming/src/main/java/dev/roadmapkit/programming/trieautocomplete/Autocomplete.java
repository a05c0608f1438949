package dev.roadmapkit.programming.trieautocomplete;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exercise {@code programming/trie-autocomplete}: suggest the words a user is most likely typing,
 * from the words seen so far and how often each was seen.
 *
 * <p>Key idea: in a trie the words sharing a prefix share one subtree, so a prefix search costs the
 * prefix's length to find that subtree plus the subtree's size, however many other words there are.
 * Ranking then sorts only the matches. A large trie would keep the best few words in every node to
 * answer without visiting the subtree; that costs memory and work on every add, so this one stays
 * simple.
 */
public final class Autocomplete {

  private static final Comparator<Suggestion> RANKING =
      Comparator.comparingLong(Suggestion::frequency).reversed().thenComparing(Suggestion::word);

  private static final class Node {
    // Sorted children: a depth-first walk then meets the words in alphabetical order.
    final Map<Character, Node> children = new TreeMap<>();
    long frequency;
  }

  private final Node root = new Node();

  /** An empty autocomplete. */
  public Autocomplete() {}

  /**
   * Records that {@code word} was seen {@code times} more times: its frequency grows by {@code
   * times}.
   *
   * @throws IllegalArgumentException when {@code word} is empty or {@code times} is below 1, naming
   *     the value
   */
  public void add(String word, long times) {
    if (word.isEmpty()) {
      throw new IllegalArgumentException("a word must not be empty: \"" + word + "\"");
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    Node node = root;
    for (int i = 0; i < word.length(); i++) {
      node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
    }
    node.frequency += times;
  }

  /** How often {@code word} was added in all; 0 when never, or when it is only a prefix. */
  public long frequency(String word) {
    Node node = find(word);
    return node == null ? 0 : node.frequency;
  }

  /**
   * The at most {@code k} most frequent words starting with {@code prefix} (the empty prefix
   * matches every word): by frequency, highest first, then alphabetically.
   *
   * @throws IllegalArgumentException when {@code k} is negative, naming the value
   */
  public List<Suggestion> topK(String prefix, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative, was " + k);
    }
    Node start = find(prefix);
    if (start == null) {
      return List.of();
    }
    List<Suggestion> found = new ArrayList<>();
    collect(start, new StringBuilder(prefix), found);
    // Sort everything before cutting: the first k found are not the k most frequent.
    found.sort(RANKING);
    return List.copyOf(found.subList(0, Math.min(k, found.size())));
  }

  private Node find(String prefix) {
    Node node = root;
    for (int i = 0; i < prefix.length() && node != null; i++) {
      node = node.children.get(prefix.charAt(i));
    }
    return node;
  }

  private static void collect(Node node, StringBuilder word, List<Suggestion> found) {
    if (node.frequency > 0) {
      found.add(new Suggestion(word.toString(), node.frequency));
    }
    for (Map.Entry<Character, Node> child : node.children.entrySet()) {
      word.append(child.getKey());
      collect(child.getValue(), word, found);
      word.setLength(word.length() - 1);
    }
  }
}
