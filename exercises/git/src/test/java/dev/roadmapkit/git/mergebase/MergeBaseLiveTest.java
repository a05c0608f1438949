package dev.roadmapkit.git.mergebase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.RealGit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random commit graphs built as real commits (git fast-import, one call a graph), then git
 * merge-base --all for random pairs, compared with the learner's answer as sets.
 */
@Label("git/merge-base: MergeBase against real git")
class MergeBaseLiveTest {

  private static RealGit git;
  private Path directory;
  private GitRepository repository;
  private int graphs;

  @BeforeContainer
  static void realGit() {
    git = RealGit.require();
  }

  @BeforeProperty
  void newRepository() throws IOException {
    directory = Files.createTempDirectory("merge-base");
    repository = GitRepository.init(git, directory);
  }

  @AfterProperty
  void deleteRepository() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(MergeBaseLiveTest::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A random DAG: commit i has parents among 0..i-1 (mostly one, often two, sometimes none). */
  record Dag(List<List<Integer>> parents, List<int[]> pairs) {

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parents.size(); i++) {
        text.append(" c")
            .append(i)
            .append(" <- ")
            .append(parents.get(i).stream().map(p -> "c" + p).toList());
      }
      return text.toString().strip();
    }
  }

  @Provide
  Arbitrary<Dag> dags() {
    Arbitrary<Integer> parentCount =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(1, 0),
            net.jqwik.api.Tuple.of(12, 1),
            net.jqwik.api.Tuple.of(6, 2),
            net.jqwik.api.Tuple.of(1, 3));
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 9999).list().ofSize(3);
    return Arbitraries.integers()
        .between(10, 25)
        .flatMap(
            n ->
                net.jqwik.api.Combinators.combine(
                        parentCount.list().ofSize(n),
                        picks.list().ofSize(n),
                        Arbitraries.integers().between(0, n - 1).list().ofSize(8))
                    .as(
                        (counts, choices, ends) -> {
                          List<List<Integer>> parents = new ArrayList<>();
                          for (int i = 0; i < n; i++) {
                            Set<Integer> ps = new LinkedHashSet<>();
                            for (int k = 0; i > 0 && k < counts.get(i); k++) {
                              // Recent commits are likelier parents: merges of live branches.
                              int back = 1 + choices.get(i).get(k) % Math.min(i, k == 0 ? 3 : i);
                              ps.add(i - back);
                            }
                            parents.add(List.copyOf(ps));
                          }
                          List<int[]> pairs = new ArrayList<>();
                          for (int k = 0; k < ends.size(); k += 2) {
                            pairs.add(new int[] {ends.get(k), ends.get(k + 1)});
                          }
                          return new Dag(parents, pairs);
                        }));
  }

  @Property(tries = 30)
  @Label("all equals git merge-base --all on random histories with merges and several roots")
  void matchesGit(@ForAll("dags") Dag dag) {
    int n = dag.parents().size();
    String prefix = "g" + graphs++ + "c";
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String message = prefix + i;
      stream.append("commit refs/heads/").append(prefix).append(i).append('\n');
      stream.append("mark :").append(i + 1).append('\n');
      stream.append("committer Ada Learner <ada@example.com> 1112911993 +0000\n");
      stream.append("data ").append(message.length()).append('\n').append(message).append('\n');
      List<Integer> ps = dag.parents().get(i);
      for (int k = 0; k < ps.size(); k++) {
        stream.append(k == 0 ? "from :" : "merge :").append(ps.get(k) + 1).append('\n');
      }
      stream.append('\n');
    }
    repository.gitWithInput(
        stream.toString().getBytes(StandardCharsets.UTF_8), "fast-import", "--quiet");
    List<String> refs = IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    List<String> args = new ArrayList<>(List.of("rev-parse"));
    args.addAll(refs);
    List<String> ids = repository.git(args.toArray(String[]::new)).lines().toList();
    Map<String, String> labels = new HashMap<>();
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      labels.put(ids.get(i), "c" + i);
      parents.put(ids.get(i), dag.parents().get(i).stream().map(ids::get).toList());
    }
    CommitGraph graph = new CommitGraph(parents);
    for (int[] pair : dag.pairs()) {
      String a = ids.get(pair[0]);
      String b = ids.get(pair[1]);
      Set<String> expected = new TreeSet<>();
      // Exit code 1 and no output: no common ancestor.
      repository
          .run("merge-base", "--all", a, b)
          .stdout()
          .lines()
          .forEach(id -> expected.add(labels.get(id)));
      Set<String> actual = new TreeSet<>();
      MergeBase.all(graph, a, b).forEach(id -> actual.add(labels.getOrDefault(id, id)));
      assertThat(actual)
          .as(
              "all(c%d, c%d) in the history %s: git merge-base --all says %s",
              pair[0], pair[1], dag, expected)
          .isEqualTo(expected);
    }
  }
}
