package dev.roadmapkit.git.threewaymerge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.GitResult;
import dev.roadmapkit.support.git.RealGit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random triples merged by your code and by real {@code git merge-file -p --diff3}: the same output
 * and the number of conflicts as git's exit code. The base lines are all different and the sides
 * add only letters the base does not have, so each side's diff is unique and the regions depend on
 * the merge alone; the letters are few, so both sides often make the same change. MERGE style is
 * compared with git's default style where git's refining of conflicts changes nothing.
 */
@Label("ThreeWayMerge against real git merge-file")
@AddLifecycleHook(SkipWithoutGit.class)
class GitMergeFileCrossCheckTest {

  private static Path directory;
  private static GitRepository repo;

  @BeforeContainer
  static void startGit() throws IOException {
    RealGit git = RealGit.require();
    directory = Files.createTempDirectory("three-way-merge-");
    repo = GitRepository.init(git, directory);
  }

  @AfterContainer
  static void removeTemporaryFiles() throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** What a side does at one base line: keep it, drop it, or put letters in its place. */
  record Step(int kind, List<String> letters) {}

  /** A base of distinct lines and two sides made from it, step by step. */
  record Triple(List<String> base, List<String> ours, List<String> theirs) {
    @Override
    public String toString() {
      return "base " + base + ", ours " + ours + ", theirs " + theirs;
    }
  }

  @Provide
  Arbitrary<Triple> triples() {
    Arbitrary<List<String>> letters =
        Arbitraries.of("a", "b", "c").list().ofMinSize(1).ofMaxSize(2);
    // kinds: 0-5 keep, 6 delete, 7 replace with letters, 8 letters inserted before the line
    Arbitrary<Step> step =
        Combinators.combine(Arbitraries.integers().between(0, 8), letters).as(Step::new);
    Arbitrary<List<Step>> plan = step.list().ofMaxSize(8);
    Arbitrary<List<Boolean>> shared = Arbitraries.of(true, false).list().ofSize(9);
    return Combinators.combine(plan, plan, shared, Arbitraries.integers().between(0, 2))
        .as(
            (oursPlan, theirsPlan, copy, tail) -> {
              int size = oursPlan.size();
              List<String> base = new ArrayList<>();
              for (int i = 1; i <= size; i++) {
                base.add(String.valueOf(i));
              }
              List<String> ours = build(base, oursPlan, tail >= 1);
              List<Step> mixed = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                mixed.add(
                    copy.get(i) || i >= theirsPlan.size() ? oursPlan.get(i) : theirsPlan.get(i));
              }
              List<String> theirs = build(base, mixed, tail == 2);
              return new Triple(base, ours, theirs);
            });
  }

  private static List<String> build(List<String> base, List<Step> plan, boolean appendLetter) {
    List<String> side = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      Step step = plan.get(i);
      switch (step.kind()) {
        case 6 -> {}
        case 7 -> side.addAll(step.letters());
        case 8 -> {
          side.addAll(step.letters());
          side.add(base.get(i));
        }
        default -> side.add(base.get(i));
      }
    }
    if (appendLetter) {
      side.add("c");
    }
    return side;
  }

  @Property(tries = 100, seed = "20261204")
  @Label(
      "DIFF3 style is what git merge-file -p --diff3 prints, with its exit code as the conflicts")
  void sameAsGit(@ForAll("triples") Triple triple) {
    writeFiles(triple);
    GitResult git =
        repo.run(
            "merge-file",
            "-p",
            "--diff3",
            "-L",
            "ours",
            "-L",
            "base",
            "-L",
            "theirs",
            "ours.txt",
            "base.txt",
            "theirs.txt");
    assertThat(git.exitCode())
        .as(
            "'%s' should exit with the number of conflicts; stderr: %s",
            git.commandLine(), git.stderr())
        .isBetween(0, 127);
    MergeResult mine =
        ThreeWayMerge.merge(
            triple.base(), triple.ours(), triple.theirs(), Labels.DEFAULT, ConflictStyle.DIFF3);
    assertThat(mine.text())
        .as("your DIFF3 merge of %s; '%s' printed:%n%s", triple, git.commandLine(), git.stdout())
        .isEqualTo(git.stdout());
    assertThat(mine.conflicts())
        .as(
            "your number of conflicts for %s; git merge-file exited with %d",
            triple, git.exitCode())
        .isEqualTo(git.exitCode());
  }

  @Property(tries = 100, seed = "20261205")
  @Label("MERGE style is what git merge-file -p prints wherever git's refining changes nothing")
  void sameAsGitDefault(@ForAll("triples") Triple triple) {
    MergeResult mine =
        ThreeWayMerge.merge(
            triple.base(), triple.ours(), triple.theirs(), Labels.DEFAULT, ConflictStyle.MERGE);
    if (!refiningChangesNothing(mine.lines())) {
      return;
    }
    writeFiles(triple);
    GitResult git =
        repo.run(
            "merge-file",
            "-p",
            "-L",
            "ours",
            "-L",
            "base",
            "-L",
            "theirs",
            "ours.txt",
            "base.txt",
            "theirs.txt");
    assertThat(mine.text())
        .as("your MERGE merge of %s; '%s' printed:%n%s", triple, git.commandLine(), git.stdout())
        .isEqualTo(git.stdout());
    assertThat(mine.conflicts())
        .as(
            "your number of conflicts for %s; git merge-file exited with %d",
            triple, git.exitCode())
        .isEqualTo(git.exitCode());
  }

  /**
   * Whether git's zealous refining leaves these conflicts as they are: the two sides of every
   * conflict have no line in common (or one side is empty), and more than three lines separate two
   * conflicts.
   */
  private static boolean refiningChangesNothing(List<String> merged) {
    int sinceLastConflict = -1;
    int i = 0;
    while (i < merged.size()) {
      if (!merged.get(i).startsWith("<<<<<<< ")) {
        if (sinceLastConflict >= 0) {
          sinceLastConflict++;
        }
        i++;
        continue;
      }
      if (sinceLastConflict >= 0 && sinceLastConflict <= 3) {
        return false;
      }
      int middle = merged.subList(i, merged.size()).indexOf("=======") + i;
      int end = middle;
      while (!merged.get(end).startsWith(">>>>>>> ")) {
        end++;
      }
      List<String> ours = merged.subList(i + 1, middle);
      List<String> theirs = merged.subList(middle + 1, end);
      if (ours.stream().anyMatch(theirs::contains)) {
        return false;
      }
      sinceLastConflict = 0;
      i = end + 1;
    }
    return true;
  }

  private static void writeFiles(Triple triple) {
    repo.write("base.txt", TextFile.text(triple.base()));
    repo.write("ours.txt", TextFile.text(triple.ours()));
    repo.write("theirs.txt", TextFile.text(triple.theirs()));
  }
}
