package dev.roadmapkit.programming.trieautocomplete;

import java.util.List;

/**
 * Exercise {@code programming/trie-autocomplete}: suggest the words a user is most likely typing,
 * from the words seen so far and how often each was seen.
 *
 * <p>Store the words in a <em>trie</em>: a tree whose root stands for the empty string and where
 * each edge adds one character, so every word is a path from the root and all words that share a
 * prefix share the node at the end of that prefix. A node keeps its children by character and the
 * frequency of the word that ends there (0 when no word ends there).
 *
 * <p>{@link #topK} walks down the prefix's characters to the prefix's node, collects every word in
 * that node's subtree (the prefix itself included, when it is a word), and returns the {@code k}
 * most frequent: higher frequency first, and among equal frequencies alphabetical order ({@link
 * String#compareTo}), so that the answer is the same on every run.
 */
public final class Autocomplete {

  /** An empty autocomplete. */
  public Autocomplete() {
    // TODO programming/trie-autocomplete: make the root node
  }

  /**
   * Records that {@code word} was seen {@code times} more times: its frequency grows by {@code
   * times}.
   *
   * @throws IllegalArgumentException when {@code word} is empty or {@code times} is below 1, naming
   *     the value
   */
  public void add(String word, long times) {
    throw new UnsupportedOperationException(
        "TODO programming/trie-autocomplete: walk (creating nodes) down the word's characters and"
            + " add times to the last node's frequency");
  }

  /** How often {@code word} was added in all; 0 when never, or when it is only a prefix. */
  public long frequency(String word) {
    throw new UnsupportedOperationException(
        "TODO programming/trie-autocomplete: walk down the word; no node means 0");
  }

  /**
   * The at most {@code k} most frequent words starting with {@code prefix} (the empty prefix
   * matches every word): by frequency, highest first, then alphabetically.
   *
   * @throws IllegalArgumentException when {@code k} is negative, naming the value
   */
  public List<Suggestion> topK(String prefix, int k) {
    throw new UnsupportedOperationException(
        "TODO programming/trie-autocomplete: walk to the prefix's node, collect its subtree's"
            + " words, sort by frequency descending then word, keep the first k");
  }
}
