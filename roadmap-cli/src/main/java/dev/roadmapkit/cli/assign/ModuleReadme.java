package dev.roadmapkit.cli.assign;

import dev.roadmapkit.core.catalog.KitOnlyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A module's README as a class's repository gets it: without the kit-only blocks (the CLI, the
 * solutions), and without the sections and table rows of exercises that were not assigned.
 */
final class ModuleReadme {

  private ModuleReadme() {}

  /**
   * Filters a module's README.
   *
   * @param markdown the kit's README of the module
   * @param dropped the ids of the module's exercises that were not assigned
   * @return the README for the class
   */
  static String filter(String markdown, Set<String> dropped) {
    String text = KitOnlyText.strip(markdown);
    if (dropped.isEmpty()) {
      return text;
    }
    List<String> kept = new ArrayList<>();
    boolean skipping = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("## ")) {
        String heading = line.substring(3).strip().replace("`", "");
        skipping = dropped.contains(heading);
      } else if (line.startsWith("# ")) {
        skipping = false;
      }
      if (skipping || (line.startsWith("|") && mentionsAny(line, dropped))) {
        continue;
      }
      kept.add(line);
    }
    return String.join("\n", kept);
  }

  private static boolean mentionsAny(String line, Set<String> ids) {
    return ids.stream().anyMatch(id -> line.contains("`" + id + "`"));
  }
}
