package dev.roadmapkit.cli.output;

import java.util.ArrayList;
import java.util.List;

/** Wraps prose (summaries, hints) at word boundaries for the console. */
public final class TextBlock {

  private TextBlock() {}

  /**
   * Wraps text into lines of at most {@code width} characters, each starting with {@code indent}; a
   * word longer than the width gets a line of its own.
   *
   * @param text the text; runs of white space count as one space
   * @param width the maximum line length, indent included
   * @param indent what each line starts with
   * @return the lines
   */
  public static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > indent.length()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
