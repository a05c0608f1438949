package dev.roadmapkit.git.linediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("git/line-diff: MyersDiff, the shortest edit script from A to B")
class MyersDiffTest {

  private static List<String> lines(String content) {
    return Lines.split(content);
  }

  @Test
  @DisplayName("two equal files give one KEEP per line and no change")
  void equalFiles() {
    List<String> a = lines("1\n2\n3\n");
    assertThat(MyersDiff.diff(a, a))
        .as("diff(A, A): every line is kept, in order")
        .containsExactly(Edit.keep("1\n"), Edit.keep("2\n"), Edit.keep("3\n"));
  }

  @Test
  @DisplayName("two empty files give an empty script")
  void emptyFiles() {
    assertThat(MyersDiff.diff(List.of(), List.of()))
        .as("nothing to keep, delete or insert")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "from an empty file every line of B is inserted; to an empty file every line of A deleted")
  void emptySide() {
    assertThat(MyersDiff.diff(List.of(), lines("1\n2\n")))
        .as("diff(empty, [1, 2])")
        .containsExactly(Edit.insert("1\n"), Edit.insert("2\n"));
    assertThat(MyersDiff.diff(lines("1\n2\n"), List.of()))
        .as("diff([1, 2], empty)")
        .containsExactly(Edit.delete("1\n"), Edit.delete("2\n"));
  }

  @Test
  @DisplayName("a line deleted in the middle is one DELETE between the kept lines")
  void deleteInTheMiddle() {
    assertThat(MyersDiff.diff(lines("1\n2\n3\n"), lines("1\n3\n")))
        .as("diff([1, 2, 3], [1, 3])")
        .containsExactly(Edit.keep("1\n"), Edit.delete("2\n"), Edit.keep("3\n"));
    assertThat(MyersDiff.diff(lines("1\n3\n"), lines("1\n2\n3\n")))
        .as("diff([1, 3], [1, 2, 3])")
        .containsExactly(Edit.keep("1\n"), Edit.insert("2\n"), Edit.keep("3\n"));
  }

  @Test
  @DisplayName("a change at the start and at the end keeps everything between")
  void changesAtBothEnds() {
    List<String> a = lines("1\n2\n3\n4\n");
    List<String> b = lines("0\n2\n3\n5\n");
    List<Edit> script = MyersDiff.diff(a, b);
    assertThat(EditScript.apply(a, script)).as("applying the script to A gives B").isEqualTo(b);
    assertThat(script)
        .as(
            "the kept lines of diff([1, 2, 3, 4], [0, 2, 3, 5]): lines 2 and 3, the only common ones")
        .filteredOn(edit -> !edit.isChange())
        .containsExactly(Edit.keep("2\n"), Edit.keep("3\n"));
    assertThat(EditScript.length(script)).as("1 and 4 deleted, 0 and 5 inserted").isEqualTo(4);
  }

  @Test
  @DisplayName("\"x\" with and without its newline are two different lines, as for git")
  void newlineMatters() {
    List<String> a = lines("1\nx\n");
    List<String> b = lines("1\nx");
    List<Edit> script = MyersDiff.diff(a, b);
    assertThat(EditScript.apply(a, script)).as("applying the script to A gives B").isEqualTo(b);
    assertThat(script)
        .as("\"x\\n\" is deleted and \"x\" inserted: compare whole lines, newline included")
        .containsExactlyInAnyOrder(Edit.keep("1\n"), Edit.delete("x\n"), Edit.insert("x"));
  }

  @Test
  @DisplayName("Myers' own example ABCABBA to CBABAC needs 5 changes")
  void myersExample() {
    List<String> a = List.of("A", "B", "C", "A", "B", "B", "A");
    List<String> b = List.of("C", "B", "A", "B", "A", "C");
    List<Edit> script = MyersDiff.diff(a, b);
    assertThat(EditScript.apply(a, script)).as("applying the script to A gives B").isEqualTo(b);
    assertThat(EditScript.length(script))
        .as("the longest common subsequence has 4 lines (CBBA), so 7 + 6 - 2 * 4 = 5 changes")
        .isEqualTo(5);
  }

  @Test
  @DisplayName("a long file with a few changes: the script is still the shortest")
  void longFile() {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      before.append(i % 7).append('\n');
      if (i % 1000 != 500) {
        after.append(i % 7).append('\n');
      }
      if (i == 1700) {
        after.append("new\n");
      }
    }
    List<String> a = lines(before.toString());
    List<String> b = lines(after.toString());
    List<Edit> script = MyersDiff.diff(a, b);
    assertThat(EditScript.apply(a, script)).as("applying the script to A gives B").isEqualTo(b);
    assertThat(EditScript.length(script))
        .as("3 lines deleted and 1 inserted in 3000 lines")
        .isEqualTo(4);
  }

  @Provide
  Arbitrary<List<String>> files() {
    Arbitrary<String> line = Arbitraries.of("1\n", "2\n", "3\n", "4\n", "3");
    return line.list().ofMaxSize(12);
  }

  @Property(tries = 300, seed = "20261204")
  @Label("applying diff(A, B) to A gives B")
  void applyGivesB(@ForAll("files") List<String> a, @ForAll("files") List<String> b) {
    assertThat(EditScript.apply(a, MyersDiff.diff(a, b)))
        .as("EditScript.apply(%s, diff(%s, %s))", a, a, b)
        .isEqualTo(b);
  }

  @Property(tries = 300, seed = "20261205")
  @Label("diff(A, B) is a shortest script: |A| + |B| - 2 * LCS changes")
  void shortest(@ForAll("files") List<String> a, @ForAll("files") List<String> b) {
    assertThat(EditScript.length(MyersDiff.diff(a, b)))
        .as(
            "the number of deletes and inserts of diff(%s, %s); a longest common subsequence has %d"
                + " lines",
            a, b, LcsOracle.lcsLength(a, b))
        .isEqualTo(LcsOracle.shortestScript(a, b));
  }
}
