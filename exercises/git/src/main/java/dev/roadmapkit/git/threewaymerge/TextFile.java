package dev.roadmapkit.git.threewaymerge;

import java.util.ArrayList;
import java.util.List;

/** A text file as lines and back. Given: every file of this exercise ends with a newline. */
public final class TextFile {

  private TextFile() {}

  /**
   * The lines of {@code content}, without their newlines: {@code "a\nb\n"} gives {@code [a, b]},
   * {@code ""} no line.
   *
   * @throws IllegalArgumentException when the content does not end with a newline
   */
  public static List<String> lines(String content) {
    if (!content.isEmpty() && !content.endsWith("\n")) {
      throw new IllegalArgumentException("a file of this exercise ends with a newline");
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < content.length()) {
      int end = content.indexOf('\n', start);
      lines.add(content.substring(start, end));
      start = end + 1;
    }
    return List.copyOf(lines);
  }

  /** The file made of {@code lines}: each followed by a newline. */
  public static String text(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
