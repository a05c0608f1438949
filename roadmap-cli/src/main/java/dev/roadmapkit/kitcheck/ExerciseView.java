package dev.roadmapkit.kitcheck;

import java.util.List;

/**
 * What the check needs to know of one catalog entry.
 *
 * @param id the exercise id, {@code caching/lru-cache}
 * @param packageName the package of its starting code, tests and solution
 * @param tests fully qualified test class names
 * @param files the files the learner edits, relative to the module directory
 * @param topics the roadmap topic ids it practises
 */
public record ExerciseView(
    String id, String packageName, List<String> tests, List<String> files, List<String> topics) {
  public ExerciseView {
    tests = List.copyOf(tests);
    files = List.copyOf(files);
    topics = List.copyOf(topics);
  }
}
