package dev.roadmapkit.git.linediff;

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
import java.util.stream.Collectors;
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
 * Random small file pairs diffed by your code and by real git: the counts of added and removed
 * lines always agree (every shortest script has the same counts), and the whole diff agrees where
 * only one set of lines can be kept (otherwise git may keep other, equally many, lines).
 */
@Label("UnifiedDiff against real git diff --no-index")
@AddLifecycleHook(SkipWithoutGit.class)
class GitDiffCrossCheckTest {

  private static Path directory;
  private static GitRepository repo;

  @BeforeContainer
  static void startGit() throws IOException {
    RealGit git = RealGit.require();
    directory = Files.createTempDirectory("line-diff-");
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

  @Provide
  Arbitrary<String> files() {
    Arbitrary<List<String>> lines =
        Arbitraries.of("1", "2", "3", "4", "5", "6").list().ofMaxSize(9);
    Arbitrary<Boolean> lastNewline = Arbitraries.of(true, true, false);
    return Combinators.combine(lines, lastNewline)
        .as(
            (list, newline) -> {
              String joined = String.join("\n", list);
              return list.isEmpty() || !newline ? joined : joined + "\n";
            });
  }

  @Property(tries = 60, seed = "20261204")
  @Label("the numbers of added and removed lines are git's (git diff --no-index --numstat)")
  void numstat(@ForAll("files") String before, @ForAll("files") String after) {
    List<Edit> script = MyersDiff.diff(Lines.split(before), Lines.split(after));
    long added = script.stream().filter(edit -> edit.kind() == Edit.Kind.INSERT).count();
    long removed = script.stream().filter(edit -> edit.kind() == Edit.Kind.DELETE).count();
    repo.write("before.txt", before);
    repo.write("after.txt", after);
    GitResult git = repo.run("diff", "--no-index", "--numstat", "before.txt", "after.txt");
    String expected = added + removed == 0 ? "" : added + "\t" + removed + "\t";
    assertThat(git.stdout())
        .as(
            "'%s' for %s -> %s: your script adds %d and removes %d lines",
            git.commandLine(), quote(before), quote(after), added, removed)
        .startsWith(expected);
    if (expected.isEmpty()) {
      assertThat(git.stdout()).as("git sees no difference either").isEmpty();
    }
  }

  /** A file and a version of it, and the context to print their diff with. */
  record Pair(String before, String after, int context) {
    @Override
    public String toString() {
      return quote(before) + " -> " + quote(after) + " with -U" + context;
    }
  }

  @Provide
  Arbitrary<Pair> edited() {
    Arbitrary<List<String>> before =
        Arbitraries.of("1", "2", "3", "4", "5", "6", "7", "8").list().ofMaxSize(14);
    // per line: 0-5 keep it, 6 delete it, 7 replace it, 8 insert a line before it
    Arbitrary<List<Integer>> plan = Arbitraries.integers().between(0, 8).list().ofSize(14);
    Arbitrary<List<String>> fresh = Arbitraries.of("1", "5", "x", "y").list().ofSize(14);
    return Combinators.combine(before, plan, fresh, Arbitraries.integers().between(0, 3))
        .as(
            (lines, steps, news, context) -> {
              List<String> after = new ArrayList<>();
              for (int i = 0; i < lines.size(); i++) {
                switch (steps.get(i)) {
                  case 6 -> {}
                  case 7 -> after.add(news.get(i));
                  case 8 -> {
                    after.add(news.get(i));
                    after.add(lines.get(i));
                  }
                  default -> after.add(lines.get(i));
                }
              }
              return new Pair(file(lines), file(after), context);
            });
  }

  private static String file(List<String> lines) {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  @Property(tries = 80, seed = "20261205")
  @Label("where only one set of lines can be kept, the diff is git's byte for byte")
  void sameDiff(@ForAll("edited") Pair pair) {
    List<String> a = Lines.split(pair.before());
    List<String> b = Lines.split(pair.after());
    String mine =
        UnifiedDiff.format("before.txt", "after.txt", MyersDiff.diff(a, b), pair.context());
    if (!LcsOracle.uniqueAlignment(a, b)) {
      return;
    }
    repo.write("before.txt", pair.before());
    repo.write("after.txt", pair.after());
    GitResult git =
        repo.run(
            "diff",
            "--no-index",
            "--no-color",
            "--no-ext-diff",
            "--diff-algorithm=myers",
            "--no-indent-heuristic",
            "-U" + pair.context(),
            "before.txt",
            "after.txt");
    String expected = UnifiedDiffTest.withoutGitPreamble(git.stdout());
    assertThat(mine)
        .as("your diff of %s; '%s' printed:%n%s", pair, git.commandLine(), expected)
        .isEqualTo(expected);
  }

  private static String quote(String content) {
    return "\"" + content.replace("\n", "\\n") + "\"";
  }
}
