package dev.roadmapkit.git.linediff;

import java.util.ArrayList;
import java.util.List;

/** Splitting a file into lines the way git does, and joining them back. Given, not the lesson. */
public final class Lines {

  private Lines() {}

  /**
   * The lines of {@code content}, each with its {@code '\n'}; only the last one may lack it (a file
   * without a newline at its end). So {@code "a\nb"} gives {@code ["a\n", "b"]}, and {@code "b"}
   * and {@code "b\n"} are different lines, as they are for git. An empty file has no lines.
   */
  public static List<String> split(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < content.length()) {
      int newline = content.indexOf('\n', start);
      int end = newline < 0 ? content.length() : newline + 1;
      lines.add(content.substring(start, end));
      start = end;
    }
    return List.copyOf(lines);
  }

  /** The file made of {@code lines}: their concatenation. */
  public static String join(List<String> lines) {
    return String.join("", lines);
  }
}
