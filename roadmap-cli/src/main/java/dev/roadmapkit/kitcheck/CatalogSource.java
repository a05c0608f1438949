package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the check gets the catalogs and the roadmap's topics from. */
public interface CatalogSource {

  /** The catalog of the module in {@code moduleDir}, with the problems found in it. */
  ModuleView read(Path moduleDir);

  /** Every topic id of the roadmap. */
  Set<String> topics();

  /**
   * Every section's topic ids, sections and topics in roadmap order; empty when the source does not
   * know the sections, and then no topic's coverage is checked.
   */
  default Map<String, List<String>> sectionTopics() {
    return Map.of();
  }

  /** The topics no exercise is meant to practise, each with the roadmap's reason. */
  default Map<String, String> readingOnly() {
    return Map.of();
  }
}
