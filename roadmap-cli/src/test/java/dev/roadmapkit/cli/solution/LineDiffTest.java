package dev.roadmapkit.cli.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A unified line diff")
class LineDiffTest {

  @Test
  @DisplayName("equal texts have no diff")
  void equal() {
    assertThat(LineDiff.unified("a", List.of("x", "y"), "b", List.of("x", "y"))).isEmpty();
  }

  @Test
  @DisplayName("a changed line in the middle: one hunk with three lines of context either side")
  void changedLine() {
    List<String> from = lines(1, 10);
    List<String> to = new ArrayList<>(from);
    to.set(4, "five!");

    assertThat(LineDiff.unified("old", from, "new", to))
        .containsExactly(
            "--- old",
            "+++ new",
            "@@ -2,7 +2,7 @@",
            " 2",
            " 3",
            " 4",
            "-5",
            "+five!",
            " 6",
            " 7",
            " 8");
  }

  @Test
  @DisplayName("lines added at the start and removed at the end")
  void edges() {
    List<String> from = lines(1, 3);
    List<String> to = List.of("0", "1", "2");

    assertThat(LineDiff.unified("old", from, "new", to))
        .containsExactly("--- old", "+++ new", "@@ -1,3 +1,3 @@", "+0", " 1", " 2", "-3");
  }

  @Test
  @DisplayName("changes far apart get hunks of their own")
  void twoHunks() {
    List<String> from = lines(1, 20);
    List<String> to = new ArrayList<>(from);
    to.set(1, "two");
    to.set(18, "nineteen");

    List<String> diff = LineDiff.unified("old", from, "new", to);

    assertThat(diff)
        .filteredOn(line -> line.startsWith("@@"))
        .containsExactly("@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@");
  }

  @Test
  @DisplayName("a new file is all additions from an empty range")
  void newFile() {
    assertThat(LineDiff.unified("/dev/null", List.of(), "new", List.of("a", "b")))
        .containsExactly("--- /dev/null", "+++ new", "@@ -0,0 +1,2 @@", "+a", "+b");
  }

  private static List<String> lines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
  }
}
