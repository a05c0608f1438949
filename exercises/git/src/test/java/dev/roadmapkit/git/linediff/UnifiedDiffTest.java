package dev.roadmapkit.git.linediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("UnifiedDiff: the edit script printed like git diff --no-index")
class UnifiedDiffTest {

  private static final String HEADER = "--- a/before.txt\n+++ b/after.txt\n";

  private static String diff(String before, String after, int context) {
    List<Edit> script = MyersDiff.diff(Lines.split(before), Lines.split(after));
    return UnifiedDiff.format("before.txt", "after.txt", script, context);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = UnifiedDiffTest.class.getResourceAsStream(name)) {
      assertThat(in).as("the fixture %s (made by fixtures/make-line-diff.sh)", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** git's output without its first lines ("diff --git ..." and "index ..."). */
  static String withoutGitPreamble(String gitOutput) {
    int start = gitOutput.indexOf("--- ");
    return start < 0 ? gitOutput : gitOutput.substring(start);
  }

  @ParameterizedTest(name = "fixture {0}")
  @ValueSource(
      strings = {
        "insert-at-start",
        "delete-at-end",
        "newline-added-at-end",
        "no-newline-on-both-sides",
        "empty-before",
        "empty-after",
        "far-apart-two-hunks",
        "six-apart-one-hunk",
        "seven-apart-two-hunks",
        "replace-a-block",
        "no-context-insert",
        "no-context-delete",
        "one-line-context"
      })
  @DisplayName("the diff of each fixture pair is what real git printed for it, byte for byte")
  void fixtures(String name) throws IOException {
    String before = resource(name + "/before.txt");
    String after = resource(name + "/after.txt");
    int context = Integer.parseInt(resource(name + "/context.txt").strip());
    String expected = withoutGitPreamble(resource(name + "/expected.diff"));
    assertThat(diff(before, after, context))
        .as(
            "format(diff(before, after), -U%d) for the fixture %s; git diff --no-index printed"
                + " (after its diff --git and index lines):%n%s",
            context, name, expected)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("two equal files give an empty diff, as git prints nothing")
  void noChange() {
    assertThat(diff("1\n2\n", "1\n2\n", 3)).as("no change, no header, no hunk").isEmpty();
    assertThat(diff("", "", 3)).as("two empty files").isEmpty();
  }

  @Test
  @DisplayName("the header names both files with git's a/ and b/ prefixes")
  void header() {
    List<Edit> script = List.of(Edit.delete("1\n"));
    assertThat(UnifiedDiff.format("src/Old.java", "src/New.java", script, 3))
        .as("the first two lines of the diff")
        .startsWith("--- a/src/Old.java\n+++ b/src/New.java\n@@ ");
  }

  @Test
  @DisplayName("a count of 1 is written without \",1\": @@ -2 +2 @@")
  void countOfOne() {
    assertThat(diff("1\n2\n3\n", "1\nX\n3\n", 0))
        .as("line 2 replaced, no context: one line of each file in the hunk")
        .isEqualTo(HEADER + "@@ -2 +2 @@\n-2\n+X\n");
    assertThat(diff("1\n", "2\n", 3))
        .as("a one-line file replaced by another")
        .isEqualTo(HEADER + "@@ -1 +1 @@\n-1\n+2\n");
  }

  @Test
  @DisplayName("a count of 0 starts at the line before: @@ -0,0 for the top, -3,0 after line 3")
  void countOfZero() {
    assertThat(diff("1\n2\n", "2\n", 0))
        .as("line 1 deleted without context: B has no line in the hunk, and none before it")
        .isEqualTo(HEADER + "@@ -1 +0,0 @@\n-1\n");
    assertThat(diff("1\n2\n3\n4\n", "1\n2\n3\nX\n4\n", 0))
        .as("a line inserted after line 3 without context: A has no line in the hunk")
        .isEqualTo(HEADER + "@@ -3,0 +4 @@\n+X\n");
    assertThat(diff("", "1\n2\n", 3))
        .as("from an empty file")
        .isEqualTo(HEADER + "@@ -0,0 +1,2 @@\n+1\n+2\n");
  }

  @Test
  @DisplayName("the hunk starts context lines before the change and ends context lines after it")
  void contextAroundOneChange() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nX\n6\n7\n8\n9\n";
    assertThat(diff(before, after, 2))
        .as("line 5 changed, -U2")
        .isEqualTo(HEADER + "@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+X\n 6\n 7\n");
    assertThat(diff(before, after, 10))
        .as("line 5 changed, -U10: the context stops at the ends of the file")
        .isEqualTo(HEADER + "@@ -1,9 +1,9 @@\n 1\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n 9\n");
  }

  @ParameterizedTest(name = "-U{0}, {1} kept lines between the changes: {2} hunk(s)")
  @CsvSource({
    "0, 0, 1",
    "0, 1, 2",
    "1, 2, 1",
    "1, 3, 2",
    "2, 4, 1",
    "2, 5, 2",
    "3, 6, 1",
    "3, 7, 2",
    "5, 10, 1",
    "5, 11, 2"
  })
  @DisplayName("two changes share a hunk when at most 2 * context kept lines separate them")
  void merging(int context, int gap, int hunks) {
    List<String> before = new ArrayList<>();
    for (int i = 1; i <= gap + 30; i++) {
      before.add(i + "\n");
    }
    List<String> after = new ArrayList<>(before);
    after.set(14, "X\n");
    after.set(15 + gap, "Y\n");
    String diff =
        UnifiedDiff.format("before.txt", "after.txt", MyersDiff.diff(before, after), context);
    assertThat(diff.lines().filter(line -> line.startsWith("@@ ")))
        .as(
            "the hunk headers of lines 15 and %d changed with -U%d: their contexts %s",
            16 + gap, context, hunks == 1 ? "touch or overlap" : "are apart")
        .hasSize(hunks);
  }

  @Test
  @DisplayName(
      "in a change, all deleted lines come before the inserted ones, whatever the script's order")
  void deletesFirst() {
    List<Edit> script =
        List.of(
            Edit.keep("1\n"),
            Edit.insert("x\n"),
            Edit.delete("2\n"),
            Edit.insert("y\n"),
            Edit.delete("3\n"),
            Edit.keep("4\n"));
    assertThat(UnifiedDiff.format("before.txt", "after.txt", script, 1))
        .as("a script that interleaves inserts and deletes, printed as git prints the change")
        .isEqualTo(HEADER + "@@ -1,4 +1,4 @@\n 1\n-2\n-3\n+x\n+y\n 4\n");
  }

  @Test
  @DisplayName("a kept last line without a newline is followed by \\ No newline at end of file")
  void contextWithoutNewline() {
    assertThat(diff("1\n2\n3", "0\n2\n3", 3))
        .as("line 1 changed in a file that does not end with a newline")
        .isEqualTo(HEADER + "@@ -1,3 +1,3 @@\n-1\n+0\n 2\n 3\n\\ No newline at end of file\n");
  }

  @Test
  @DisplayName("a negative context is refused")
  void negativeContext() {
    assertThatThrownBy(() -> UnifiedDiff.format("a", "b", List.of(Edit.delete("1\n")), -1))
        .as("format(..., context -1)")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
