package dev.roadmapkit.programming.trieautocomplete;

/**
 * Given: one word suggested for a prefix, with how often it was added.
 *
 * @param word the whole word
 * @param frequency the sum of the times it was added
 */
public record Suggestion(String word, long frequency) {}
