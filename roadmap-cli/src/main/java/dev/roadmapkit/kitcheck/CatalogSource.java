package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.Set;

/** Where the check gets the catalogs and the roadmap's topics from. */
public interface CatalogSource {

  /** The catalog of the module in {@code moduleDir}, with the problems found in it. */
  ModuleView read(Path moduleDir);

  /** Every topic id of the roadmap. */
  Set<String> topics();
}
