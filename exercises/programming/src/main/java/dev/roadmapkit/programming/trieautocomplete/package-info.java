/**
 * Exercise {@code programming/trie-autocomplete}: a trie of words with frequencies, answering
 * prefix searches with the top k words by frequency.
 */
package dev.roadmapkit.programming.trieautocomplete;
