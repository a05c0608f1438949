package dev.roadmapkit.git.threewaymerge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("git/three-way-merge: ThreeWayMerge, like git merge-file")
class ThreeWayMergeTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ThreeWayMergeTest.class.getResourceAsStream(name)) {
      assertThat(in)
          .as("the fixture %s (made by fixtures/make-three-way-merge.sh)", name)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static MergeResult mergeFixture(String name, ConflictStyle style) throws IOException {
    return ThreeWayMerge.merge(
        TextFile.lines(resource(name + "/base.txt")),
        TextFile.lines(resource(name + "/ours.txt")),
        TextFile.lines(resource(name + "/theirs.txt")),
        Labels.DEFAULT,
        style);
  }

  private static MergeResult merge(String base, String ours, String theirs, ConflictStyle style) {
    return ThreeWayMerge.merge(words(base), words(ours), words(theirs), Labels.DEFAULT, style);
  }

  private static List<String> words(String line) {
    return line.isBlank() ? List.of() : List.of(line.trim().split(" +"));
  }

  private static String describe(String name) throws IOException {
    return String.format(
        "base %s, ours %s, theirs %s",
        resource(name + "/base.txt").strip().replace('\n', ' '),
        resource(name + "/ours.txt").strip().replace('\n', ' '),
        resource(name + "/theirs.txt").strip().replace('\n', ' '));
  }

  /** git's diff3 output without its base sections: from "|||||||" up to "=======". */
  static String withoutBaseSections(String diff3) {
    StringBuilder out = new StringBuilder();
    boolean inBase = false;
    for (String line : diff3.split("\n", -1)) {
      if (line.startsWith("||||||| ")) {
        inBase = true;
      } else if (line.equals("=======")) {
        inBase = false;
      }
      if (!inBase) {
        out.append(line).append('\n');
      }
    }
    return out.substring(0, out.length() - 1);
  }

  @ParameterizedTest(name = "git merge-file --diff3: {0}")
  @ValueSource(
      strings = {
        "ours-only-change",
        "theirs-only-change",
        "far-apart-changes",
        "same-change-both-sides",
        "same-and-other-change",
        "overlapping-change",
        "overlapping-wider",
        "adjacent-changes",
        "one-line-between",
        "delete-one-side",
        "delete-against-change",
        "same-deletion",
        "both-insert-differently",
        "both-insert-the-same",
        "insert-against-change",
        "insert-top-and-bottom",
        "two-conflicts",
        "chained-conflict",
        "empty-base",
        "theirs-deletes-all",
        "empty-ours-deleted-all",
        "zealous-common-edges",
        "zealous-close-conflicts"
      })
  @DisplayName("DIFF3 style gives what git merge-file -p --diff3 printed, and its exit code")
  void diff3Fixtures(String name) throws IOException {
    MergeResult result = mergeFixture(name, ConflictStyle.DIFF3);
    String expected = resource(name + "/diff3.txt");
    assertThat(result.text())
        .as(
            "merge of %s (fixture %s) in DIFF3 style; git printed:%n%s",
            describe(name), name, expected)
        .isEqualTo(expected);
    assertThat(result.conflicts())
        .as("the number of conflicts, which git merge-file returns as its exit code")
        .isEqualTo(Integer.parseInt(resource(name + "/diff3.exit").strip()));
  }

  @ParameterizedTest(name = "git merge-file: {0}")
  @ValueSource(
      strings = {
        "ours-only-change",
        "theirs-only-change",
        "far-apart-changes",
        "same-change-both-sides",
        "same-and-other-change",
        "overlapping-change",
        "overlapping-wider",
        "adjacent-changes",
        "one-line-between",
        "delete-one-side",
        "delete-against-change",
        "same-deletion",
        "both-insert-differently",
        "both-insert-the-same",
        "insert-against-change",
        "insert-top-and-bottom",
        "two-conflicts",
        "chained-conflict",
        "empty-base",
        "theirs-deletes-all",
        "empty-ours-deleted-all"
      })
  @DisplayName(
      "MERGE style gives what git merge-file -p printed where git's refining changes nothing")
  void mergeFixtures(String name) throws IOException {
    MergeResult result = mergeFixture(name, ConflictStyle.MERGE);
    String expected = resource(name + "/merge.txt");
    assertThat(result.text())
        .as(
            "merge of %s (fixture %s) in MERGE style; git printed:%n%s",
            describe(name), name, expected)
        .isEqualTo(expected);
    assertThat(result.conflicts())
        .as("the number of conflicts, which git merge-file returns as its exit code")
        .isEqualTo(Integer.parseInt(resource(name + "/merge.exit").strip()));
  }

  @ParameterizedTest(name = "refined by git: {0}")
  @ValueSource(strings = {"zealous-common-edges", "zealous-close-conflicts"})
  @DisplayName(
      "where git's default style refines a conflict, MERGE style is git's --diff3 without the base")
  void zealousFixtures(String name) throws IOException {
    MergeResult result = mergeFixture(name, ConflictStyle.MERGE);
    String diff3 = resource(name + "/diff3.txt");
    assertThat(result.text())
        .as(
            "merge of %s in MERGE style: the diff3 regions without their base sections (git's"
                + " default would print, after refining:%n%s)",
            describe(name), resource(name + "/merge.txt"))
        .isEqualTo(withoutBaseSections(diff3));
    assertThat(result.conflicts())
        .as("one conflict per diff3 region")
        .isEqualTo(Integer.parseInt(resource(name + "/diff3.exit").strip()));
  }

  @Test
  @DisplayName("the markers carry the labels given")
  void labels() {
    MergeResult result =
        ThreeWayMerge.merge(
            List.of("1", "2", "3"),
            List.of("1", "a", "3"),
            List.of("1", "b", "3"),
            new Labels("HEAD", "merged common ancestors", "feature"),
            ConflictStyle.DIFF3);
    assertThat(result.lines())
        .as("line 2 changed to a by ours (HEAD) and to b by theirs (feature)")
        .containsExactly(
            "1",
            "<<<<<<< HEAD",
            "a",
            "||||||| merged common ancestors",
            "2",
            "=======",
            "b",
            ">>>>>>> feature",
            "3");
    assertThat(result.conflicts()).as("one conflict").isEqualTo(1);
  }

  @Test
  @DisplayName(
      "changes on adjacent lines conflict, as in git; one unchanged line between keeps them apart")
  void adjacentChanges() {
    assertThat(merge("1 2 3 4", "1 a 3 4", "1 2 b 4", ConflictStyle.MERGE).lines())
        .as("ours changes line 2, theirs line 3: git sees one conflict over lines 2 and 3")
        .containsExactly("1", "<<<<<<< ours", "a", "3", "=======", "2", "b", ">>>>>>> theirs", "4");
    MergeResult apart = merge("1 2 3 4 5", "1 a 3 4 5", "1 2 3 b 5", ConflictStyle.MERGE);
    assertThat(apart.lines())
        .as("ours changes line 2, theirs line 4, line 3 is untouched: both are taken")
        .containsExactly("1", "a", "3", "b", "5");
    assertThat(apart.conflicts()).as("a clean merge has 0 conflicts").isZero();
  }

  @Test
  @DisplayName("an insertion right after the other side's change conflicts with it")
  void insertionTouchingAChange() {
    MergeResult result = merge("1 2 3", "1 x 3", "1 2 y 3", ConflictStyle.DIFF3);
    assertThat(result.lines())
        .as("ours changes line 2, theirs inserts y after it")
        .containsExactly(
            "1",
            "<<<<<<< ours",
            "x",
            "||||||| base",
            "2",
            "=======",
            "2",
            "y",
            ">>>>>>> theirs",
            "3");
  }

  @Test
  @DisplayName("a deletion on one side is kept when the other side changed something else")
  void deletionKept() {
    MergeResult result = merge("1 2 3 4 5 6", "1 4 5 6", "1 2 3 4 5 b", ConflictStyle.MERGE);
    assertThat(result.lines())
        .as("ours deleted lines 2 and 3, theirs changed line 6")
        .containsExactly("1", "4", "5", "b");
    assertThat(result.conflicts()).isZero();
  }

  @Test
  @DisplayName("three conflicts are counted as three")
  void countsConflicts() {
    MergeResult result =
        merge("1 2 3 4 5 6 7 8 9", "a 2 3 c 5 6 e 8 9", "b 2 3 d 5 6 f 8 9", ConflictStyle.MERGE);
    assertThat(result.conflicts())
        .as("lines 1, 4 and 7 changed differently on both sides, with untouched lines between")
        .isEqualTo(3);
    assertThat(result.lines().stream().filter(line -> line.startsWith("<<<<<<< ")).count())
        .as("one <<<<<<< marker per conflict")
        .isEqualTo(3);
  }

  @Test
  @DisplayName("a conflict takes in every change that touches it, from either side")
  void chainedConflict() {
    MergeResult result = merge("1 2 3 4 5 6", "1 a 3 c 5 6", "1 2 b 4 5 6", ConflictStyle.DIFF3);
    assertThat(result.lines())
        .as("ours changes 2 and 4, theirs 3: one conflict over base lines 2 to 4")
        .containsExactly(
            "1",
            "<<<<<<< ours",
            "a",
            "3",
            "c",
            "||||||| base",
            "2",
            "3",
            "4",
            "=======",
            "2",
            "b",
            "4",
            ">>>>>>> theirs",
            "5",
            "6");
    assertThat(result.conflicts()).isEqualTo(1);
  }

  @Provide
  Arbitrary<List<String>> files() {
    return Arbitraries.of("1", "2", "3", "4").list().ofMaxSize(8);
  }

  @Property(tries = 150, seed = "20261206")
  @Label("merging a change with an unchanged side gives the change, cleanly")
  void oneSided(@ForAll("files") List<String> base, @ForAll("files") List<String> changed) {
    for (ConflictStyle style : ConflictStyle.values()) {
      MergeResult oursChanged = ThreeWayMerge.merge(base, changed, base, Labels.DEFAULT, style);
      MergeResult theirsChanged = ThreeWayMerge.merge(base, base, changed, Labels.DEFAULT, style);
      assertThat(oursChanged)
          .as("merge(base %s, ours %s, theirs = base) in %s style", base, changed, style)
          .isEqualTo(new MergeResult(changed, 0));
      assertThat(theirsChanged)
          .as("merge(base %s, ours = base, theirs %s) in %s style", base, changed, style)
          .isEqualTo(new MergeResult(changed, 0));
    }
  }

  @Property(tries = 150, seed = "20261207")
  @Label("the same change on both sides is taken once, cleanly")
  void sameChange(@ForAll("files") List<String> base, @ForAll("files") List<String> changed) {
    assertThat(ThreeWayMerge.merge(base, changed, changed, Labels.DEFAULT, ConflictStyle.DIFF3))
        .as("merge(base %s, ours %s, theirs %s)", base, changed, changed)
        .isEqualTo(new MergeResult(changed, 0));
  }

  @Property(tries = 150, seed = "20261208")
  @Label("swapping ours and theirs swaps the sides of each conflict and nothing else")
  void symmetric(
      @ForAll("files") List<String> base,
      @ForAll("files") List<String> ours,
      @ForAll("files") List<String> theirs) {
    MergeResult forward =
        ThreeWayMerge.merge(base, ours, theirs, Labels.DEFAULT, ConflictStyle.MERGE);
    MergeResult backward =
        ThreeWayMerge.merge(
            base, theirs, ours, new Labels("theirs", "base", "ours"), ConflictStyle.MERGE);
    assertThat(backward.conflicts())
        .as("conflicts of merge(%s, %s, %s) and of the swapped merge", base, ours, theirs)
        .isEqualTo(forward.conflicts());
    assertThat(swapSides(backward.lines()))
        .as("the swapped merge with each conflict's sections swapped back")
        .isEqualTo(forward.lines());
  }

  /** The lines with ours' and theirs' sections of every conflict swapped (MERGE style). */
  private static List<String> swapSides(List<String> lines) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).startsWith("<<<<<<< ")) {
        out.add(lines.get(i++));
        continue;
      }
      int middle = lines.subList(i, lines.size()).indexOf("=======") + i;
      int end = middle;
      while (!lines.get(end).startsWith(">>>>>>> ")) {
        end++;
      }
      out.add("<<<<<<< ours");
      out.addAll(lines.subList(middle + 1, end));
      out.add("=======");
      out.addAll(lines.subList(i + 1, middle));
      out.add(">>>>>>> theirs");
      i = end + 1;
    }
    return out;
  }
}
